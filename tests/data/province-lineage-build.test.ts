// The lineage is built from the source file and refuses a source that does not cover the old map exactly once.
import { describe, expect, it } from 'vitest';
import { buildUnitRows } from '../../data/scripts/lib/province-lineage.ts';

const OLD = [
  ['P39', 'Bình Thuận', 'Binh Thuan', 'North Central and Central Coast'],
  ['P43', 'Đắk Nông', 'Dak Nong', 'Central Highlands'],
  ['P44', 'Lâm Đồng', 'Lam Dong', 'Central Highlands'],
];
const HEADER = 'nso_code,name_vi,predecessor_codes,predecessor_names_vi,predecessor_nso_codes';

describe('buildUnitRows', () => {
  it('writes the old units with their successor and the new unit with the namesake’s English name and region', () => {
    const rows = buildUnitRows(
      OLD,
      `${HEADER}\n68,Lâm Đồng,P39;P43;P44,Bình Thuận;Đắk Nông;Lâm Đồng,60;67;68\n`,
    );
    expect(rows).toEqual([
      [
        'P39',
        'Bình Thuận',
        'Binh Thuan',
        'North Central and Central Coast',
        'old',
        '60',
        '68',
        '',
        '2024',
        'province',
      ],
      ['P43', 'Đắk Nông', 'Dak Nong', 'Central Highlands', 'old', '67', '68', '', '2024', 'province'],
      ['P44', 'Lâm Đồng', 'Lam Dong', 'Central Highlands', 'old', '68', '68', '', '2024', 'province'],
      ['68', 'Lâm Đồng', 'Lam Dong', 'Central Highlands', 'new', '68', '', '2025', '', 'province'],
    ]);
  });

  it.each([
    ['an old unit left out', `${HEADER}\n68,Lâm Đồng,P43;P44,Đắk Nông;Lâm Đồng,67;68\n`, /P39/],
    [
      'an old unit in two new units',
      `${HEADER}\n68,Lâm Đồng,P39;P43;P44,Bình Thuận;Đắk Nông;Lâm Đồng,60;67;68\n66,Đắk Lắk,P43,Đắk Nông,67\n`,
      /P43 is in two new units/,
    ],
    [
      'a name that does not match the old table',
      `${HEADER}\n68,Lâm Đồng,P39;P43;P44,Bình Thuận;Dak Nong;Lâm Đồng,60;67;68\n`,
      /P43/,
    ],
  ])('fails on %s', (_what, csv, message) => {
    expect(() => buildUnitRows(OLD, csv)).toThrow(message);
  });
});

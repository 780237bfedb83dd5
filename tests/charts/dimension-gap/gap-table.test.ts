import { describe, expect, it } from 'vitest';
import { describeDimensionGap } from '../../../src/charts/dimension-gap/gap-description.ts';
import { buildDimensionGapTable } from '../../../src/charts/dimension-gap/gap-table.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { DIMENSION_NAMES_VI, makeDimensionStandings } from '../dimension-fixture.ts';

const vi = createI18n('vi');
const settings = {
  provinceName: 'Đắk Nông',
  year: 2024,
  dimensionNames: DIMENSION_NAMES_VI,
  orderLabel: 'hạng thấp nhất so với các tỉnh ở trên',
};

describe('the gap chart as a table', () => {
  it('lists the dimensions in the chart’s order with score, median, gap and rank', () => {
    const rows = makeDimensionStandings().reverse();
    const table = buildDimensionGapTable(rows, settings, vi);
    expect(table.columns).toEqual([
      'Chỉ số nội dung',
      'Điểm',
      'Trung vị toàn quốc',
      'So với trung vị',
      'Hạng',
    ]);
    expect(table.rows.map((r) => r.header.split('.')[0])).toEqual(rows.map((r) => r.indicator));
    expect(table.rows.at(-1)).toEqual({
      header: '8. Quản trị điện tử',
      cells: ['3,42', '4,38', '\u22120,96', '61/61'],
    });
  });

  it('states the order in its caption, as the subtitle does', () => {
    const { caption } = buildDimensionGapTable(makeDimensionStandings(), settings, vi);
    expect(caption).toContain('Đắk Nông 2024: khoảng cách tới trung vị toàn quốc theo chỉ số.');
    expect(caption).toContain('Thứ tự: hạng thấp nhất so với các tỉnh ở trên.');
  });
});

describe('describeDimensionGap', () => {
  it('summarises how many dimensions are below the median and which is furthest', () => {
    expect(describeDimensionGap(makeDimensionStandings(), settings, vi).summary).toBe(
      '5/8 chỉ số dưới trung vị; xa nhất: 8. Quản trị điện tử (\u22120,96)',
    );
  });

  it('says so when no dimension is below the median', () => {
    const rows = makeDimensionStandings().map((r) => ({ ...r, gapToMedian: Math.abs(r.gapToMedian) }));
    expect(describeDimensionGap(rows, settings, createI18n('en')).summary).toBe(
      'all 8 dimensions at or above the median',
    );
  });
});

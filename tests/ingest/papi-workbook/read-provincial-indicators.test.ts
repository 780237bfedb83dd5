// The 2018+ official workbook, built as papi.org.vn lays it out, read as the user drops it.
// Every score is synthetic (build-official-workbook.ts); the provinces and indicators are the bundled ones.
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/ingest/read/describe-problem.ts';
import type { ScoreRow } from '../../../src/ingest/read/import-rows.ts';
import { readImportFile, type ImportResult } from '../../../src/ingest/read/read-import-file.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { indicatorSheet, workbookBytes, type ProvinceColumn } from './build-official-workbook.ts';
import { setupImportContext } from './import-context-fixture.ts';

const fixture = setupImportContext();

// Groups of old provinces as the 2024 file groups them by their new unit, a blank column between groups;
// names as written there: a trailing space, `TP.`, no diacritics. Codes are the statistics office's.
const PROVINCES_2024: (ProvinceColumn | null)[] = [
  { name: 'Lâm Đồng ', code: '68' },
  { name: 'Dak Nong', code: '67' },
  { name: 'Bình Thuận', code: '60' },
  null,
  { name: 'TP. Hồ Chí Minh', code: '79' },
  { name: 'Bình Dương', code: '74' },
  null,
  { name: 'Vĩnh Phúc', code: '26', missing: 'zero' },
  { name: 'Phú Thọ', code: '25' },
  null,
  { name: 'Tiền Giang', code: '82', missing: 'blank' },
  { name: 'Đồng Tháp', code: '87' },
];
const WRITTEN_AS: Record<string, string> = {
  'Lâm Đồng ': 'Lâm Đồng',
  'Dak Nong': 'Đắk Nông',
  'TP. Hồ Chí Minh': 'TP. Hồ Chí Minh',
};
const expectedCode = (written: string) => fixture.codeOf(WRITTEN_AS[written] ?? written);

const sheet2024 = indicatorSheet({ year: 2024, provinces: PROVINCES_2024, metadataRows: true });
const sheet2023 = indicatorSheet({
  year: 2023,
  provinces: PROVINCES_2024.filter((c) => c?.missing === undefined),
});
const FILE_2024 = '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx';
const bytes2024 = workbookBytes({ '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows });

const read = (name: string, bytes: Uint8Array, sheet?: string): Promise<ImportResult> =>
  readImportFile({ name, bytes }, sheet === undefined ? fixture.context : { ...fixture.context, sheet });

const triples = (rows: readonly unknown[]) =>
  (rows as ScoreRow[]).map((row) => [row.province_code, row.indicator, row.score] as const);

describe('the 2018+ official workbook', () => {
  it('imports the newest year sheet by default: the sub-dimension scores of every scored province', async () => {
    const result = await read(FILE_2024, bytes2024);
    expect(result.problems).toEqual([]);
    expect(result.sheet).toBe('2024_PAPI_VIE_ENG');
    expect(result.official).toMatchObject({
      year: 2024,
      yearFrom: 'sheet',
      yearName: '2024_PAPI_VIE_ENG',
      otherYears: [2023],
    });
    const expected = sheet2024.expected.rows.map(([name, code, score]) => [expectedCode(name), code, score]);
    expect(triples(result.rows)).toEqual(expected);
    // 7 scored provinces × 28 sub-dimensions of 2024 (29 in the structure, 5.2 dropped in 2021).
    expect(result.rows).toHaveLength(7 * 28);
    expect((result.rows as ScoreRow[]).every((row) => row.year === 2024)).toBe(true);
  });

  it('never stores a confidence bound, standard error, weighted or survey row', async () => {
    const result = await read(FILE_2024, bytes2024);
    const scores = (result.rows as ScoreRow[]).map((row) => row.score);
    for (const notAScore of [0.123, 7.77, 0.777, 0.5]) expect(scores).not.toContain(notAScore);
    expect(new Set((result.rows as ScoreRow[]).map((row) => row.indicator)).has('total')).toBe(false);
    // The survey rows are kept apart (survey-indicators.test.ts): 7 scored provinces × one row per sub-dimension.
    expect(result.official?.surveyValues).toBe(7 * sheet2024.expected.surveyRows);
    expect(result.official?.skippedRows).toBe(0);
  });

  it('lists Vĩnh Phúc (all 0) and Tiền Giang (blank) as not scored, with no score of 0', async () => {
    const result = await read(FILE_2024, bytes2024);
    expect(result.official?.unscored).toEqual(['Vĩnh Phúc', 'Tiền Giang']);
    const codes = new Set((result.rows as ScoreRow[]).map((row) => row.province_code));
    expect(codes.has(fixture.codeOf('Vĩnh Phúc'))).toBe(false);
    expect(codes.has(fixture.codeOf('Tiền Giang'))).toBe(false);
  });

  it('reads the year sheet the user picked', async () => {
    const result = await read(FILE_2024, bytes2024, '2023_VIE_ENG');
    expect(result.official).toMatchObject({
      year: 2023,
      yearFrom: 'sheet',
      otherYears: [2024],
      unscored: [],
    });
    expect((result.rows as ScoreRow[]).every((row) => row.year === 2023)).toBe(true);
    // 2023 has the same 28 sub-dimensions; the two unscored 2024 columns are not in this sheet.
    expect(result.rows).toHaveLength(7 * 28);
  });

  it('warns, without refusing, where a dimension disagrees with the sum of its parts: sheet, cell, province, both values', async () => {
    const provinces = [
      { name: 'Đắk Nông', code: '67' },
      { name: 'Lâm Đồng', code: '68' },
    ];
    const { rows } = indicatorSheet({
      year: 2022,
      provinces,
      offset: { dimension: '3', provinceIndex: 1, by: 0.05 },
    });
    const result = await read(
      '2022PAPI_ProvincialIndicators_BangChiTieuCapTinh.xlsx',
      workbookBytes({ '2022_VIE_ENG': rows }),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.length).toBeGreaterThan(0);
    const warnings = result.official?.warnings ?? [];
    // Only dimension 3 of Lâm Đồng (column E) disagrees: the total is the sum of the dimensions as given.
    const dimensionRow = rows.findIndex((row) => String(row[1]).startsWith('Chỉ số nội dung 3')) + 1;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      sheet: '2022_VIE_ENG',
      cell: `E${dimensionRow}`,
      key: 'sumMismatch',
    });
    const given = rows[dimensionRow - 1]?.[4];
    expect(warnings[0]?.args).toMatchObject({ province: 'Lâm Đồng', found: String(given) });
    expect(Math.abs(Number(warnings[0]?.args.expected) - (Number(given) - 0.05))).toBeLessThan(1e-6);
    const vi = createI18n('vi').t;
    expect(warnings.map((problem) => describeProblem(problem, vi)).join('\n')).toContain(
      `ô E${dimensionRow}, tỉnh Lâm Đồng`,
    );
  });

  it.each(['english', 'vietnamese'] as const)('reads a sheet with %s labels only', async (labels) => {
    const provinces = [{ name: 'Đắk Nông', code: '67' }];
    const { rows, expected } = indicatorSheet({ year: 2021, provinces, labels });
    const result = await read('2021PAPI.xlsx', workbookBytes({ '2021_VIE_ENG': rows }));
    expect(result.problems).toEqual([]);
    expect(triples(result.rows)).toEqual(
      expected.rows.map(([, code, score]) => [fixture.codeOf('Đắk Nông'), code, score]),
    );
    expect(result.official?.warnings).toEqual([]);
  });

  it('takes the year from the file name when the sheet name has none, and says so', async () => {
    const { rows } = indicatorSheet({ year: 2018, provinces: [{ name: 'Đắk Nông', code: '67' }] });
    const result = await read(
      'PAPI2018_ProvincialScores_ByIndicators_VIE.xlsx',
      workbookBytes({ ProvincialIndicators_VIE: rows }),
    );
    expect(result.official).toMatchObject({
      year: 2018,
      yearFrom: 'file',
      yearName: 'PAPI2018_ProvincialScores_ByIndicators_VIE.xlsx',
    });
    // 2018: 8.3 does not exist yet, 5.2 still does.
    expect(result.rows).toHaveLength(28);
  });

  it('refuses a workbook whose year is in neither name, saying what was looked for', async () => {
    const { rows } = indicatorSheet({ year: 2020, provinces: [{ name: 'Đắk Nông', code: '67' }] });
    const result = await read('PAPI_provincial.xlsx', workbookBytes({ ProvincialIndicators_VIE: rows }));
    expect(result.rows).toEqual([]);
    expect(result.problems.map((problem) => problem.key)).toEqual(['yearUnknown']);
    expect(
      result.problems.map((problem) => describeProblem(problem, createI18n('en').t)).join('\n'),
    ).toContain('neither the sheet name nor the file name');
  });

  it('refuses an unknown province once, at its header cell, with the nearest name', async () => {
    const provinces = [
      { name: 'Đắk Nông', code: '67' },
      { name: 'Dak Nog', code: '' },
    ];
    const { rows } = indicatorSheet({ year: 2020, provinces });
    const result = await read('2020PAPI.xlsx', workbookBytes({ '2020_VIE_ENG': rows }));
    expect(result.problems).toEqual([
      expect.objectContaining({
        cell: 'E2',
        key: 'unknownProvince',
        args: { found: 'Dak Nog', suggestion: 'Đắk Nông' },
      }),
    ]);
  });

  it('reads a year after 2024 in the new map (34 units by name or code) and names what an old province became', async () => {
    const provinces = [
      { name: 'Lam Dong', code: '68' },
      { name: '', code: '79' },
      { name: 'Đắk Nông', code: '67' },
    ];
    const { rows } = indicatorSheet({ year: 2025, provinces });
    const result = await read('2025PAPI.xlsx', workbookBytes({ '2025_VIE_ENG': rows }));
    expect(result.problems).toEqual([
      expect.objectContaining({
        cell: 'F2',
        key: 'provinceMerged',
        args: { found: 'Đắk Nông', successor: 'Lâm Đồng', year: 2025 },
      }),
    ]);
    const codes = new Set((result.rows as ScoreRow[]).map((row) => row.province_code));
    expect([...codes]).toEqual(['68', '79']);
  });
});

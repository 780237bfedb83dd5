// The 2011-2017 official workbook: `<YYYY>PAPI- Bảng tổng hợp kết quả`, one province per row, and the
// `Điểm thành phần 1…6` sheets that repeat its values. Every score is synthetic (build-official-workbook.ts).
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/ingest/read/describe-problem.ts';
import type { ScoreRow } from '../../../src/ingest/read/import-rows.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { summarySheet, workbookBytes } from './build-official-workbook.ts';
import { setupImportContext } from './import-context-fixture.ts';

const fixture = setupImportContext();

const PROVINCES = ['Đắk Nông', 'Lâm Đồng', 'Hà Nội'];
const main = summarySheet(PROVINCES, 2011);
// The component sheets repeat the main sheet's values (here: the same rows), the fifth spelt `Điêm`.
const componentSheets = Object.fromEntries(
  [
    'Điểm thành phần 1',
    'Điểm thành phần 2',
    'Điểm thành phần 3',
    'Điểm thành phần 4',
    'Điêm thành phần 5',
    'Điểm thành phần 6',
  ].map((name) => [name, main.rows]),
);
// The 2011 file's tab says 2012: the file name wins.
const FILE_2011 = 'PAPI-2011-Dữ-liệu-1.xlsx';
const bytes2011 = workbookBytes({ '2012PAPI- Bảng tổng hợp kết quả': main.rows, ...componentSheets });

describe('the 2011-2017 official workbook', () => {
  it('imports each province’s sub-dimensions once, for the year in the file name', async () => {
    const result = await readImportFile({ name: FILE_2011, bytes: bytes2011 }, fixture.context);
    expect(result.problems).toEqual([]);
    expect(result.sheet).toBe('2012PAPI- Bảng tổng hợp kết quả');
    expect(result.official).toMatchObject({
      year: 2011,
      yearFrom: 'file',
      yearName: FILE_2011,
      layout: 'summary-2011-2017',
    });
    const rows = result.rows as ScoreRow[];
    expect(rows.map((row) => [row.province_code, row.indicator, row.score])).toEqual(
      main.expected.rows.map(([name, code, score]) => [fixture.codeOf(name), code, score]),
    );
    // 3 provinces × 22 sub-dimensions of 2011 (2.4 and dimensions 7-8 came in 2018), each once.
    expect(rows).toHaveLength(3 * 22);
    expect(rows.every((row) => row.year === 2011)).toBe(true);
  });

  it('recognises the component sheets as repeats and says they were not imported again', async () => {
    const result = await readImportFile({ name: FILE_2011, bytes: bytes2011 }, fixture.context);
    expect(result.official?.repeatSheets).toEqual(Object.keys(componentSheets));
    expect(result.sheets).toEqual(['2012PAPI- Bảng tổng hợp kết quả']);
  });

  it('takes the year from the sheet name when the file name has none', async () => {
    const { rows } = summarySheet(PROVINCES, 2016);
    const result = await readImportFile(
      { name: 'PAPI-Du-lieu.xlsx', bytes: workbookBytes({ '2016PAPI- Bảng tổng hợp kết quả': rows }) },
      fixture.context,
    );
    expect(result.official).toMatchObject({ year: 2016, yearFrom: 'sheet' });
    expect(result.rows).toHaveLength(3 * 22);
  });

  it('warns where a dimension column disagrees with its sub-dimension columns', async () => {
    const { rows } = summarySheet(PROVINCES, 2015);
    // Row 3 (Lâm Đồng), column D: dimension 1.
    const row = rows[2] ?? [];
    row[2] = Number(row[2]) + 1;
    const result = await readImportFile(
      { name: 'PAPI-2015.xlsx', bytes: workbookBytes({ 'Tổng hợp': rows }) },
      fixture.context,
    );
    expect(result.problems).toEqual([]);
    expect(result.official?.warnings).toEqual([
      expect.objectContaining({
        cell: 'C3',
        key: 'sumMismatch',
        args: expect.objectContaining({ province: 'Lâm Đồng', found: String(row[2]) }),
      }),
    ]);
  });

  it('refuses a workbook of neither official layout nor a known header, saying the official layouts were looked for', async () => {
    const bytes = workbookBytes({
      Sheet1: [
        ['Mục', 'Số lượng'],
        ['a', 1],
      ],
    });
    const result = await readImportFile({ name: 'bang.xlsx', bytes }, fixture.context);
    expect(result.problems.map((problem) => problem.key)).toEqual(['unknownLayout']);
    expect(
      result.problems.map((problem) => describeProblem(problem, createI18n('vi').t)).join('\n'),
    ).toContain('bảng số liệu PAPI chính thức');
    expect(
      result.problems.map((problem) => describeProblem(problem, createI18n('en').t)).join('\n'),
    ).toContain('official PAPI workbook');
  });
});

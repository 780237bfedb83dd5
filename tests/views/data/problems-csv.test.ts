// The problems CSV a user downloads after a refused import: opens in Excel with its diacritics, and no
// cell taken from an imported file can run as a formula there.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import type { ImportProblem } from '../../../src/ingest/read/import-problem.ts';
import { UTF8_BOM } from '../../../src/export/csv-writer.ts';
import { buildProblemsCsv } from '../../../src/views/data/problems-csv.ts';

const problem = (over: Partial<ImportProblem>): ImportProblem => ({
  file: 'bao-cao.csv',
  sheet: null,
  row: 7,
  column: 'Tỉnh',
  key: 'unknownProvince',
  args: { found: 'Dak Nog', suggestion: 'Đắk Nông' },
  ...over,
});

const parse = (text: string): string[][] =>
  Papa.parse<string[]>(text.slice(UTF8_BOM.length), { skipEmptyLines: true }).data;

describe('buildProblemsCsv', () => {
  const { t } = createI18n('vi');

  it('one row per problem, located and worded in the UI language, after a Vietnamese header', () => {
    const rows = parse(
      buildProblemsCsv(
        [problem({}), problem({ sheet: 'Q3', row: null, column: null, key: 'headerOnly', args: {} })],
        t,
      ),
    );
    expect(rows[0]).toEqual(['Tệp', 'Trang tính', 'Dòng', 'Cột', 'Vấn đề', 'Mã vấn đề']);
    expect(rows[1]).toEqual([
      'bao-cao.csv',
      '',
      '7',
      'Tỉnh',
      'Tệp bao-cao.csv, dòng 7, cột “Tỉnh”: Không nhận ra tỉnh/thành phố “Dak Nog”. Có phải “Đắk Nông”?',
      'unknownProvince',
    ]);
    expect(rows[2]?.slice(0, 4)).toEqual(['bao-cao.csv', 'Q3', '', '']);
    expect(rows).toHaveLength(3);
  });

  it('neutralises a formula that came from the imported file (its name, a header, a value)', () => {
    const text = buildProblemsCsv(
      [problem({ file: '=cmd.csv', column: '@col', args: { found: '=1+1' } })],
      createI18n('en').t,
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [, row] = parse(text);
    expect(row?.[0]).toBe("'=cmd.csv");
    expect(row?.[3]).toBe("'@col");
    // The message starts with "File =cmd.csv": not a formula, left as written.
    expect(row?.[4]).toMatch(/^File =cmd\.csv, row 7, column “@col”: Unknown province “=1\+1”/);
    for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('keeps a negative number a number (not text) and still neutralises a formula', () => {
    // A header Excel wrote as a number ("-0,5") and a formula smuggled into a sheet name.
    const text = buildProblemsCsv([problem({ sheet: '=1+1', column: '-0,5' })], t);
    const [, row] = parse(text);
    expect(row?.[1]).toBe("'=1+1");
    expect(row?.[3]).toBe('-0,5');
  });
});

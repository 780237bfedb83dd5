import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { describeProblem } from '../../src/ingest/read/describe-problem.ts';
import { PROBLEM_KEYS, type ImportProblem } from '../../src/ingest/read/import-problem.ts';

const vi = createI18n('vi').t;
const en = createI18n('en').t;

const UNKNOWN_PROVINCE: ImportProblem = {
  file: 'bao-cao.xlsx',
  sheet: 'Quý III',
  row: 7,
  column: 'Tỉnh',
  key: 'unknownProvince',
  args: { found: 'Dak Nog', suggestion: 'Đắk Nông' },
};

describe('describeProblem', () => {
  it.each([
    {
      lang: 'vi',
      t: vi,
      text: 'Tệp bao-cao.xlsx, trang tính “Quý III”, dòng 7, cột “Tỉnh”: Không nhận ra tỉnh/thành phố “Dak Nog”. Có phải “Đắk Nông”?',
    },
    {
      lang: 'en',
      t: en,
      text: 'File bao-cao.xlsx, sheet “Quý III”, row 7, column “Tỉnh”: Unknown province “Dak Nog”. Did you mean “Đắk Nông”?',
    },
  ])('says where, what was found and the nearest name ($lang)', ({ t, text }) => {
    expect(describeProblem(UNKNOWN_PROVINCE, t)).toBe(text);
  });

  it.each([
    { t: vi, text: 'Tệp a.csv, dòng 4, cột “Điểm”: Điểm 12 nằm ngoài thang của chỉ số 2 (1–10).' },
    { t: en, text: 'File a.csv, row 4, column “Điểm”: Score 12 is outside the scale of indicator 2 (1–10).' },
  ])('fills found and expected for a CSV (no sheet)', ({ t, text }) => {
    const problem: ImportProblem = {
      file: 'a.csv',
      sheet: null,
      row: 4,
      column: 'Điểm',
      key: 'scoreOutOfScale',
      args: { found: '12', expected: '1–10', indicator: '2' },
    };
    expect(describeProblem(problem, t)).toBe(text);
  });

  it.each([
    {
      t: vi,
      text: 'Tệp x.bin: Đây không phải bảng tính (tệp nhị phân). Hãy chọn tệp .xlsx, .xls hoặc .csv.',
    },
    {
      t: en,
      text: 'File x.bin: This is not a spreadsheet (a binary file). Choose an .xlsx, .xls or .csv file.',
    },
  ])('words a whole-file problem without row or column', ({ t, text }) => {
    const problem: ImportProblem = {
      file: 'x.bin',
      sheet: null,
      row: null,
      column: null,
      key: 'notSpreadsheet',
      args: { found: 'binary' },
    };
    expect(describeProblem(problem, t)).toBe(text);
  });

  it('has words for every problem key in both languages, with no placeholder left unfilled', () => {
    const args = { found: 'F', expected: 'E', indicator: 'I', successor: 'S', year: 2025, nearest: 'N' };
    for (const key of PROBLEM_KEYS) {
      const problem: ImportProblem = { file: 'f', sheet: 's', row: 1, column: 'c', key, args };
      for (const t of [vi, en])
        expect(describeProblem(problem, t), key).not.toMatch(/\{\w+\}|import\.problem/);
    }
  });
});

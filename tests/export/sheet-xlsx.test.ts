// One sheet of rows as .xlsx (the league table's and the import templates' download), read back as Excel would
// open it: the sheet's name, text as text, numbers as numbers, empty cells empty, and columns wide enough for
// their longest cell (a long one capped).
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { sheetXlsxBytes } from '../../src/export/sheet-xlsx.ts';

const LONG =
  'Nguồn: PAPI 2024, CECODES, V-DEM, RTA & UNDP (2025), bảng số liệu chính thức tải từ papi.org.vn';

async function readBack(rows: Parameters<typeof sheetXlsxBytes>[0], name: string) {
  const book = XLSX.read(await sheetXlsxBytes(rows, name), { type: 'array', cellStyles: true });
  const sheetName = book.SheetNames[0] ?? '';
  const sheet = book.Sheets[sheetName];
  if (sheet === undefined) throw new Error('no sheet');
  return { sheetName, sheet };
}

describe('sheetXlsxBytes', () => {
  it('keeps text as text, numbers as numbers and an empty cell empty, under the sheet name given', async () => {
    const { sheetName, sheet } = await readBack(
      [
        ['Hạng', 'Tỉnh, thành phố', 'Tổng'],
        [58, 'Đắk Nông', 40.54],
        [null, 'Bình Dương', null],
      ],
      'Xếp hạng',
    );
    expect(sheetName).toBe('Xếp hạng');
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([
      ['Hạng', 'Tỉnh, thành phố', 'Tổng'],
      [58, 'Đắk Nông', 40.54],
      [undefined, 'Bình Dương'],
    ]);
    expect(sheet.A2?.t).toBe('n');
    expect(sheet.B2?.t).toBe('s');
    expect(sheet.A3).toBeUndefined();
  });

  it('sizes each column to its longest cell and a margin of 2, at least 6 and at most 40 characters', async () => {
    const { sheet } = await readBack(
      [
        ['Hạng', 'Tỉnh, thành phố', 'Ghi chú'],
        [1, 'Thành phố Hồ Chí Minh', null],
        ['Nguồn', 'PAPI 2024', LONG],
      ],
      'Xếp hạng',
    );
    // 'Nguồn' (5) + 2; 'Thành phố Hồ Chí Minh' (21) + 2; the long source capped.
    expect((sheet['!cols'] ?? []).map((column) => column.width)).toEqual([7, 23, 40]);
    const { sheet: narrow } = await readBack([['a', 'b']], 'x');
    expect((narrow['!cols'] ?? []).map((column) => column.width)).toEqual([6, 6]);
  });

  it('names an empty or reserved sheet Sheet1, and strips the apostrophes Excel refuses at its ends', async () => {
    expect((await readBack([['a']], ' : / ')).sheetName).toBe('Sheet1');
    expect((await readBack([['a']], 'History')).sheetName).toBe('Sheet1');
    expect((await readBack([['a']], "'Bảng'")).sheetName).toBe('Bảng');
  });

  it('makes a sheet name Excel accepts: no : / ? * [ ], at most 31 characters', async () => {
    const { sheetName } = await readBack([['a']], 'Xếp hạng [2024]: tổng hợp / nội dung? *');
    expect(sheetName).not.toMatch(/[:\\/?*[\]]/);
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName.startsWith('Xếp hạng  2024   tổng hợp')).toBe(true);
  });
});

import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { forgetWorkbookRead, readWorkbook } from '../../src/ingest/read/read-workbook.ts';
import { readImportFixture } from './import-test-context.ts';

type Cell = string | number | Date | null;

/** Writes sheets with SheetJS itself, so each test is a write → read round trip. */
function workbookBytes(
  sheets: Record<string, Cell[][]>,
  options: { formats?: Record<string, string>; bookType?: XLSX.BookType } = {},
): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    for (const [address, format] of Object.entries(options.formats ?? {})) {
      const cell = sheet[address] as XLSX.CellObject | undefined;
      if (cell !== undefined) cell.z = format;
    }
    XLSX.utils.book_append_sheet(workbook, sheet, name);
  }
  return new Uint8Array(
    XLSX.write(workbook, { type: 'array', bookType: options.bookType ?? 'xlsx' }) as ArrayBuffer,
  );
}

async function readRows(bytes: Uint8Array, sheet = 0): Promise<string[][]> {
  const result = await readWorkbook(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.sheets[sheet]?.rows ?? [];
}

describe('readWorkbook', () => {
  it.each([
    { quirk: 'a score keeps every digit typed', cell: 38.97, format: 'General', text: '38.97' },
    { quirk: 'a score shown rounded keeps its value', cell: 38.97, format: '0', text: '38.97' },
    {
      quirk: 'floating-point noise from a formula is dropped',
      cell: 0.1 + 0.2,
      format: 'General',
      text: '0.3',
    },
    {
      quirk: 'an indicator code Excel made a number stays a code',
      cell: 1.1,
      format: 'General',
      text: '1.1',
    },
    { quirk: 'a percent cell is read on the 0-100 scale', cell: 0.455, format: '0%', text: '45.5%' },
    {
      quirk: 'a date cell becomes ISO (serial + date format)',
      cell: 45580,
      format: 'dd/mm/yyyy',
      text: '2024-10-15',
    },
    { quirk: 'a text cell is kept as typed', cell: 'Quý III/2024', format: '@', text: 'Quý III/2024' },
  ])('$quirk', async ({ cell, format, text }) => {
    const rows = await readRows(workbookBytes({ S: [['Điểm'], [cell]] }, { formats: { A2: format } }));
    expect(rows[1]).toEqual([text]);
  });

  it('keeps title lines and leading blank rows so row index + 1 is the Excel row number', async () => {
    const rows = await readRows(
      workbookBytes({ S: [['BÁO CÁO'], [], [null, 'Tỉnh', 'Năm'], [null, 'P01', 2024]] }),
    );
    expect(rows).toEqual([
      ['BÁO CÁO', '', ''],
      ['', '', ''],
      ['', 'Tỉnh', 'Năm'],
      ['', 'P01', '2024'],
    ]);
  });

  it('lists only the sheets that hold data, in workbook order', async () => {
    const result = await readWorkbook(
      workbookBytes({ 'Hướng dẫn': [['Đọc kỹ']], Trống: [], 'Báo cáo': [['Tỉnh']] }),
    );
    expect(result.ok && result.sheets.map((sheet) => sheet.name)).toEqual(['Hướng dẫn', 'Báo cáo']);
  });

  it('reads the legacy .xls format the same way', async () => {
    const bytes = workbookBytes(
      {
        S: [
          ['Điểm', 'Ngày'],
          [38.97, 45580],
        ],
      },
      { bookType: 'biff8', formats: { B2: 'dd/mm/yyyy' } },
    );
    expect(await readRows(bytes)).toEqual([
      ['Điểm', 'Ngày'],
      ['38.97', '2024-10-15'],
    ]);
  });

  it('reads the committed Excel fixture: instructions sheet first, typed percent and date cells', async () => {
    const result = await readWorkbook(readImportFixture('progress-excel.xlsx'));
    if (!result.ok) throw new Error(result.error);
    expect(result.sheets.map((sheet) => sheet.name)).toEqual(['Hướng dẫn', 'Báo cáo']);
    expect(result.sheets[1]?.rows[5]?.slice(4, 6)).toEqual(['45.5%', '2024-10-15']);
  });

  it('reports a damaged workbook as an error instead of throwing', async () => {
    const damaged = readImportFixture('progress-excel.xlsx').slice(0, 400);
    const result = await readWorkbook(damaged);
    expect(result.ok).toBe(false);
  });
});

describe('a workbook dropped once, read twice', () => {
  it('parses the same bytes once, even in a new array: the sheet question and the import share one read', async () => {
    const workbook = (province: string): Uint8Array => {
      const sheet = XLSX.utils.aoa_to_sheet([
        ['province', 'year'],
        [province, 2024],
      ]);
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, 'Data');
      return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    };
    const bytes = workbook('P43');
    const first = await readWorkbook(bytes);
    expect(await readWorkbook(bytes)).toBe(first);
    // The worker receives each request's file as bytes of its own: equal bytes reuse the read.
    expect(await readWorkbook(bytes.slice())).toBe(first);
    // Other bytes (another file, the same file edited) are read afresh, even of the same length.
    const other = workbook('P01');
    expect(other.length).toBe(bytes.length);
    const second = await readWorkbook(other);
    expect(second).not.toBe(first);
    expect(second.ok && second.sheets[0]?.rows[1]?.[0]).toBe('P01');
    expect(first.ok && first.sheets[0]?.rows[1]?.[0]).toBe('P43');
    // Two workbooks dropped together: each question's read is kept for its import.
    expect(await readWorkbook(bytes.slice())).toBe(first);
    expect(await readWorkbook(other.slice())).toBe(second);
    // Once the import has read them, the read goes: its sheets are not held while the rows apply.
    forgetWorkbookRead(bytes.slice());
    const again = await readWorkbook(bytes);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(await readWorkbook(other)).toBe(second);
  });
});

// One sheet of rows as an .xlsx file: numbers stay numbers, text stays text (never a formula: ExcelJS writes a
// string as a string). ExcelJS, loaded when a file is asked for, is the page's one spreadsheet writer (the report
// forms need it for their drop-downs), so SheetJS stays in the file-reading worker and the build has one copy of it.

import { excelSheetName } from '../domain/excel-sheet-name.ts';
import type { CsvValue } from './csv-writer.ts';

/** Column widths (in characters) between which each column is sized to its longest cell, with a margin. */
const COLUMN_WIDTH = { min: 6, max: 40, margin: 2 } as const;

/** The sheet's name where the one given is not a name Excel accepts (empty once cleaned). */
const FALLBACK_SHEET_NAME = 'Sheet1';

/** Each column's width: its longest cell's text and a margin, so a reader sees whole names without widening columns. */
function columnWidths(rows: readonly (readonly CsvValue[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, index) => {
      const length = value === null ? 0 : String(value).length + COLUMN_WIDTH.margin;
      widths[index] = Math.max(widths[index] ?? COLUMN_WIDTH.min, Math.min(length, COLUMN_WIDTH.max));
    });
  }
  return widths;
}

/** `rows` as the one sheet of an .xlsx workbook named `sheetName` (made a name Excel accepts). */
export async function sheetXlsxBytes(
  rows: readonly (readonly CsvValue[])[],
  sheetName: string,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(excelSheetName(sheetName, FALLBACK_SHEET_NAME));
  sheet.columns = columnWidths(rows).map((width) => ({ width }));
  sheet.addRows(rows.map((row) => [...row]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

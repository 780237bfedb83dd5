// .xlsx / .xls bytes → the sheets that hold data, each as rows of text. SheetJS is imported
// dynamically so it becomes a chunk the browser fetches only when a workbook arrives.

import type { CellObject, WorkBook } from '@e965/xlsx';
import { trimTable } from './find-header-row.ts';
import { excelSerialToIsoDate } from './parse-values.ts';

export interface WorkbookSheet {
  readonly name: string;
  /** rows[r][c] is the cell at Excel row r + 1, column c + 1 (title lines and leading blanks kept). */
  readonly rows: string[][];
}

export type WorkbookReadResult =
  | { readonly ok: true; readonly sheets: readonly WorkbookSheet[] }
  | { readonly ok: false; readonly error: string };

// Mac workbooks may count days from 1904-01-01: 1462 days after Windows' epoch.
const DATE_1904_OFFSET_DAYS = 1462;

interface DateFormatCheck {
  is_date: (format: string) => boolean;
}

/** Floating noise dropped (0.1 + 0.2 → "0.3") but every digit typed kept ("38.97", not the displayed "39"). */
const numberText = (value: number): string => String(Number(value.toPrecision(15)));

function cellText(cell: CellObject | undefined, ssf: DateFormatCheck, dateOffset: number): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  const { v: value, z: format } = cell;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (typeof format === 'string' && ssf.is_date(format)) {
      return excelSerialToIsoDate(value + dateOffset) ?? numberText(value);
    }
    // A percent cell holds 0.45 and shows 45%: keep the 0-100 scale offices mean.
    if (typeof format === 'string' && format.includes('%')) return `${numberText(value * 100)}%`;
    return numberText(value);
  }
  if (cell.t === 'e') return cell.w ?? '';
  return String(value);
}

// The Data view reads a dropped workbook once to ask which years or sheet to import and again to import it, in
// the same worker, each time from bytes of its own (each request brings the file anew). Each read is kept with its
// bytes until the import has read them (forgetWorkbookRead), and bytes equal to a kept read's reuse it: a 2 MB
// workbook's second parse took ~0.5 s. A few at most: the files of one drop.
const MAX_KEPT_READS = 8;
const keptReads: { readonly bytes: Uint8Array; readonly read: Promise<WorkbookReadResult> }[] = [];

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads every sheet with at least one non-empty cell; a corrupt or password-protected file is an error, never a
 * throw. Bytes equal to a kept read's give its same (read-only) result.
 */
export function readWorkbook(bytes: Uint8Array): Promise<WorkbookReadResult> {
  const kept = keptReads.find((entry) => sameBytes(entry.bytes, bytes));
  if (kept !== undefined) return kept.read;
  const read = parseWorkbook(bytes);
  keptReads.push({ bytes, read });
  if (keptReads.length > MAX_KEPT_READS) keptReads.shift();
  return read;
}

/** The import has read these bytes: their kept read goes, so its sheets are not held while the rows apply. */
export function forgetWorkbookRead(bytes: Uint8Array): void {
  const at = keptReads.findIndex((entry) => sameBytes(entry.bytes, bytes));
  if (at !== -1) keptReads.splice(at, 1);
}

async function parseWorkbook(bytes: Uint8Array): Promise<WorkbookReadResult> {
  try {
    const XLSX = await import('@e965/xlsx');
    const workbook: WorkBook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellText: false,
    });
    const ssf = XLSX.SSF as DateFormatCheck;
    const dateOffset = workbook.Workbook?.WBProps?.date1904 === true ? DATE_1904_OFFSET_DAYS : 0;
    const sheets = workbook.SheetNames.map((name) => {
      const data: CellObject[][] = workbook.Sheets[name]?.['!data'] ?? [];
      const rows = Array.from(data, (row) =>
        Array.from(row ?? [], (cell) => cellText(cell, ssf, dateOffset)),
      );
      return { name, rows: trimTable(rows) };
    });
    return { ok: true, sheets: sheets.filter((sheet) => sheet.rows.length > 0) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

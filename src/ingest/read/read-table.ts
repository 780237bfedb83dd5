// One table of rows (a workbook's sheet or a text file's) read against the reference data: its kind from
// the header row, the row-count bound, then each row checked. Shared by the workbook and the text readers.

import { HEADER_ALIASES } from './header-aliases.ts';
import { fileProblem, type ProblemLocation } from './import-problem.ts';
import type { ImportContext } from './import-rows.ts';
import { failed, type ImportFile, type ImportResult } from './import-result.ts';
import { maxRowsOf } from './max-import-rows.ts';
import { recogniseKind, type ImportKind } from './recognise-kind.ts';
import { validateRows } from './validate-rows.ts';

export interface SheetTable {
  readonly name: string | null;
  readonly rows: string[][];
  readonly headerRowIndex: number;
}

/** A file with more data rows than its kind's bound (max-import-rows.ts), refused before its rows are checked; else null. */
export function tooManyRows(
  at: ProblemLocation,
  kind: ImportKind,
  rows: number,
  context: ImportContext,
): ImportResult | null {
  const limit = maxRowsOf(kind, context.maxRows);
  if (rows <= limit) return null;
  return {
    ...failed([], [fileProblem(at, 'tooManyRows', { found: rows, expected: limit })]),
    sheet: at.sheet,
  };
}

const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** The rows of one table, by the kind its header row names, each checked; the problems located. */
export function readTable(
  table: SheetTable,
  file: ImportFile,
  context: ImportContext,
  sheets: readonly string[],
): ImportResult {
  const at: ProblemLocation = { file: file.name, sheet: table.name };
  if (table.headerRowIndex === -1) return failed(sheets, [fileProblem(at, 'emptyFile')]);
  const headerRow = table.rows[table.headerRowIndex] ?? [];
  const codes = context.indicators.map((indicator) => indicator.code);
  const recognised = recogniseKind(headerRow, codes);
  if (!recognised.ok) {
    const problems =
      recognised.kind === null
        ? [fileProblem(at, 'unknownLayout')]
        : recognised.missing.map((column) => ({
            ...fileProblem(at, 'missingColumn', { expected: HEADER_ALIASES[column].slice(0, 2).join(' / ') }),
            row: table.headerRowIndex + 1,
          }));
    return { ...failed(sheets, problems), sheet: table.name };
  }
  const dataRows = table.rows.slice(table.headerRowIndex + 1).filter((row) => !isBlank(row)).length;
  const tooMany = tooManyRows(at, recognised.kind, dataRows, context);
  if (tooMany !== null) return { ...tooMany, sheets };
  const validated = validateRows({ at, kind: recognised.kind, ...table, header: recognised.header }, context);
  return { ...validated.imported, sheet: table.name, sheets, problems: validated.problems };
}

// The one entry of the reading layer: a dropped file → its kind, typed rows and located problems.
// It never throws: whatever the bytes, the caller gets problems or rows.

import { readPapiWorkbook, type PapiWorkbookRead } from '../papi-workbook/read-papi-workbook.ts';
import { readReportForm } from '../report-forms/read-report-form.ts';
import { planBulkScores } from './bulk-scores-plan.ts';
import { detectFileFormat } from './detect-file-format.ts';
import { findHeaderRow } from './find-header-row.ts';
import { fileProblem, type ProblemLocation } from './import-problem.ts';
import type { ImportContext } from './import-rows.ts';
import { readWorkbook } from './read-workbook.ts';
import { countLinesAfter } from './max-import-rows.ts';
import { readTable, tooManyRows, type SheetTable } from './read-table.ts';
import { readTextFile } from './read-text-file.ts';
import { recogniseKind } from './recognise-kind.ts';
import { failed, unreadableFile, type ImportFile, type ImportResult } from './import-result.ts';

// Kept here too: the reading layer's entry is where the app's modules have always imported them from.
export type { ImportFile, ImportResult };

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Reads one file against the reference data in `context`; never rejects. */
export async function readImportFile(file: ImportFile, context: ImportContext): Promise<ImportResult> {
  const at: ProblemLocation = { file: file.name, sheet: null };
  try {
    if (context.maxBytes !== undefined && file.bytes.length > context.maxBytes) {
      const args = { found: megabytes(file.bytes.length), expected: megabytes(context.maxBytes) };
      return failed([], [fileProblem(at, 'fileTooLarge', args)]);
    }
    if (file.bytes.length === 0) return failed([], [fileProblem(at, 'emptyFile')]);
    // A large long-layout scores CSV is read and checked by DuckDB when the import applies.
    const bulkPlan = planBulkScores(file.bytes, context);
    if (bulkPlan !== null) {
      const lines = countLinesAfter(file.bytes, bulkPlan.skipLines);
      const tooMany = tooManyRows(at, 'scores_long', lines, context);
      if (tooMany !== null) return tooMany;
      const bulk = { plan: bulkPlan, file, context };
      return { kind: 'scores_long', rows: [], bulk, sheet: null, sheets: [], problems: [] };
    }
    const format = detectFileFormat(file.bytes);
    if (format === 'xlsx' || format === 'xls') return await readWorkbookFile(file, context);
    return readTextFile(file, context);
  } catch (error) {
    return unreadableFile(at, error);
  }
}

async function readWorkbookFile(file: ImportFile, context: ImportContext): Promise<ImportResult> {
  const workbook = await readWorkbook(file.bytes);
  const at: ProblemLocation = { file: file.name, sheet: null };
  if (!workbook.ok) return failed([], [fileProblem(at, 'unreadableWorkbook')]);
  // A returned report form is known by its hidden metadata sheet, before any header row is looked for.
  const form = readReportForm(file.name, workbook.sheets, context);
  if (form !== null) return form;
  const names = workbook.sheets.map((sheet) => sheet.name);
  const tables = workbook.sheets.map((sheet) => ({ ...sheet, headerRowIndex: findHeaderRow(sheet.rows) }));
  const codes = context.indicators.map((indicator) => indicator.code);
  const isKnownKind = (table: SheetTable): boolean =>
    recogniseKind(table.rows[table.headerRowIndex] ?? [], codes).ok;
  const picked = tables.find((table) => table.name === context.sheet);
  const recognised = tables.find(isKnownKind);
  // A sheet with a header row of named columns is read as before; otherwise the official layouts are looked for.
  const headerless = picked === undefined ? recognised === undefined : !isKnownKind(picked);
  const official = headerless ? readPapiWorkbook(file.name, workbook.sheets, context) : null;
  if (official !== null) return officialResult(official);
  const chosen = picked ?? recognised ?? tables[0];
  if (chosen === undefined) return failed(names, [fileProblem(at, 'emptyFile')]);
  return readTable(chosen, file, context, names);
}

function officialResult(read: PapiWorkbookRead): ImportResult {
  const notes = read.notes === null ? {} : { official: read.notes };
  const { rows, survey, problems, sheet, sheets } = read;
  return { kind: 'scores_wide', rows, survey, sheet, sheets, problems, ...notes };
}

// The one entry of the reading layer: a dropped file → its kind, typed rows and located problems.
// It never throws: whatever the bytes, the caller gets problems or rows.

import type { PapiWorkbookNotes } from '../papi-workbook/papi-workbook-notes.ts';
import { readPapiWorkbook, type PapiWorkbookRead } from '../papi-workbook/read-papi-workbook.ts';
import type { FormMetadata } from '../report-forms/form-metadata.ts';
import { readReportForm } from '../report-forms/read-report-form.ts';
import { planBulkScores } from './bulk-scores-plan.ts';
import { withBytesInHand, type HeldFile } from './held-file.ts';
import { decodeText } from './decode-text.ts';
import { detectFileFormat, type FileFormat } from './detect-file-format.ts';
import { findHeaderRow } from './find-header-row.ts';
import { HEADER_ALIASES } from './header-aliases.ts';
import { fileProblem, type ImportProblem, type ProblemLocation } from './import-problem.ts';
import type { ImportContext, ImportedRows } from './import-rows.ts';
import { readWorkbook } from './read-workbook.ts';
import { countLinesAfter, maxRowsOf } from './max-import-rows.ts';
import { recogniseKind, type ImportKind } from './recognise-kind.ts';
import { sniffTable } from './sniff-table.ts';
import { validateRows } from './validate-rows.ts';

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * The file as the browser holds it, when the page has it: the file-reading worker reads its bytes from
   * here, as handing it tens of megabytes by copy costs the page a long task.
   */
  readonly source?: Blob;
}

/** What was read: rows of the recognised kind, the sheet they came from, the sheets to choose from, the problems. */
export type ImportResult = ImportedRows & {
  readonly sheet: string | null;
  /** Sheets with data (empty for CSV): the Data view lets the user pick when there are several. */
  readonly sheets: readonly string[];
  readonly problems: readonly ImportProblem[];
  /** Set when the file is an official PAPI workbook: the year read, unscored provinces, warnings. */
  readonly official?: PapiWorkbookNotes;
  /** Set when the file is a returned report form: the plan, period and unit it was made for. */
  readonly form?: FormMetadata;
  /** A workbook of several report forms (a sheet per unit): each sheet's own read. */
  readonly parts?: readonly ImportResult[];
};

interface SheetTable {
  readonly name: string | null;
  readonly rows: string[][];
  readonly headerRowIndex: number;
}

const FORMAT_LABELS: Readonly<Partial<Record<FileFormat, string>>> = {
  pdf: 'PDF',
  docx: 'Word .docx',
  doc: 'Word .doc',
  zip: 'ZIP',
  binary: 'binary',
};

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

const failed = (sheets: readonly string[], problems: ImportProblem[]): ImportResult => ({
  kind: null,
  rows: [],
  sheet: null,
  sheets,
  problems,
});

/** A file with more data rows than its kind's bound (max-import-rows.ts), refused before its rows are checked; else null. */
function tooManyRows(
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

/**
 * readImportFile of a file that may be held only as the browser's file (a kept import): its bytes are read
 * first. One the browser can no longer read (its stored copy gone) is an unreadable file, as any other; never
 * rejects.
 */
export async function readHeldFile(file: HeldFile, context: ImportContext): Promise<ImportResult> {
  let inHand: ImportFile;
  try {
    inHand = await withBytesInHand(file);
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    return failed([], [fileProblem({ file: file.name, sheet: null }, 'unreadableFile', { found })]);
  }
  return readImportFile(inHand, context);
}

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
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) {
      return failed(
        [],
        [fileProblem(at, 'notSpreadsheet', { found: FORMAT_LABELS[decoded.format] ?? decoded.format })],
      );
    }
    const sniffed = sniffTable(decoded.text);
    return readTable(
      { name: null, rows: sniffed.rows, headerRowIndex: sniffed.headerRowIndex },
      file,
      context,
      [],
    );
  } catch (error) {
    return failed(
      [],
      [fileProblem(at, 'unreadableFile', { found: error instanceof Error ? error.message : String(error) })],
    );
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

function readTable(
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

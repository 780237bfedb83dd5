// What reading a file gives: the file as read and its result (kind, typed rows, located problems); with them,
// the result of any reader that refuses a file whole, and the reading of a file held as the browser's file.
// A module of its own, so the readers of each format (read-table.ts, read-text-file.ts) and their entry
// (read-import-file.ts) need not import each other.

import type { PapiWorkbookNotes } from '../papi-workbook/papi-workbook-notes.ts';
import type { FormMetadata } from '../report-forms/form-metadata.ts';
import { withBytesInHand, type HeldFile } from './held-file.ts';
import { fileProblem, type ImportProblem, type ProblemLocation } from './import-problem.ts';
import type { ImportContext, ImportedRows } from './import-rows.ts';

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

/** A file read to nothing but its problems. */
export const failed = (sheets: readonly string[], problems: ImportProblem[]): ImportResult => ({
  kind: null,
  rows: [],
  sheet: null,
  sheets,
  problems,
});

/** A file whose reading threw (bytes no reader expected): refused as unreadable, with what was thrown. */
export const unreadableFile = (at: ProblemLocation, error: unknown): ImportResult =>
  failed(
    [],
    [fileProblem(at, 'unreadableFile', { found: error instanceof Error ? error.message : String(error) })],
  );

/**
 * `read` of a file that may be held only as the browser's file (a kept import): its bytes are read first. One
 * the browser can no longer read (its stored copy gone) is an unreadable file, as any other; never rejects.
 */
export async function readHeldWith(
  file: HeldFile,
  context: ImportContext,
  read: (file: ImportFile, context: ImportContext) => Promise<ImportResult>,
): Promise<ImportResult> {
  let inHand: ImportFile;
  try {
    inHand = await withBytesInHand(file);
  } catch (error) {
    return unreadableFile({ file: file.name, sheet: null }, error);
  }
  return read(inHand, context);
}

// What reading a file gives: the file as read, and its result (kind, typed rows, located problems). A module of
// its own, so the readers of each format (read-table.ts, read-text-file.ts) and their entry need not import each other.

import type { PapiWorkbookNotes } from '../papi-workbook/papi-workbook-notes.ts';
import type { FormMetadata } from '../report-forms/form-metadata.ts';
import type { ImportProblem } from './import-problem.ts';
import type { ImportedRows } from './import-rows.ts';

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

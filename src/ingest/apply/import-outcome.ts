// What an import was asked to do per file, and what it did: data for the Data view and i18n.

import type { TableName } from '../../db/tables.ts';
import type { CanonicalRows } from './canonical-rows-format.ts';
import type { PapiWorkbookNotes } from '../papi-workbook/papi-workbook-notes.ts';
import type { ImportProblem } from '../read/import-problem.ts';
import type { ImportResult } from '../read/read-import-file.ts';
import type { ImportKind } from '../read/recognise-kind.ts';

/** Replace the loaded rows an imported row overlaps (a corrected report wins), or keep them and reject the import's. */
export type ImportMode = 'replace-overlapping' | 'add-only';

/** The default: a corrected report replaces the rows it overlaps. */
export const DEFAULT_IMPORT_MODE: ImportMode = 'replace-overlapping';

/** One file as read, with its name (recorded as the table's source). */
export interface ReadImport {
  readonly name: string;
  readonly result: ImportResult;
  /** A kept import's checked rows (canonical-rows-format.ts): merged as they are, `result` holds no rows. */
  readonly canonical?: CanonicalRows;
}

/** Choices for the files of one import, by position; a missing mode is the default. */
export interface ImportChoices {
  readonly modes?: readonly (ImportMode | undefined)[];
  /** Injectable clock for tests. */
  readonly now?: () => Date;
  /**
   * Hears, once the import applied, the rows DuckDB read from each large scores file (`index`: its position in
   * the reads) as the canonical CSV of score_rows, for keeping: a start-up merges them without reading the file.
   */
  readonly onBulkRows?: (index: number, csv: string) => void;
}

/** Rows of one file: added (new keys), replaced (keys already loaded), rejected (bad rows, or overlaps in add-only). */
export interface FileOutcome {
  readonly name: string;
  readonly kind: ImportKind | null;
  readonly table: TableName | null;
  readonly mode: ImportMode;
  readonly added: number;
  readonly replaced: number;
  readonly rejected: number;
  /** An official PAPI workbook's year, unscored provinces and warnings, for the outcome message. */
  readonly official?: PapiWorkbookNotes;
}

/** Why nothing changed: the files have problems, or a DuckDB step failed (`error` holds its message). */
export type ImportFailureReason = 'problems' | 'database';

/** The result of applyImport; it never throws. */
export type ImportOutcome =
  | {
      readonly ok: true;
      readonly files: readonly FileOutcome[];
      /** The illustrative progress sample was dropped for the first real progress reports. */
      readonly replacedSample: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: ImportFailureReason;
      readonly files: readonly FileOutcome[];
      readonly problems: readonly ImportProblem[];
      readonly error: string | null;
    };

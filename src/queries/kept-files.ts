// Question: which imported files does this browser keep (for the Data view's kept files table)?

import { listImportedFileInfo, type StoredImportInfo } from '../storage/imported-files-store.ts';
import type { StorageResult } from '../storage/indexed-db.ts';
import { defineDataQuery } from './define-data-query.ts';

/** A kept file as the table shows it (no bytes). */
export type KeptFileInfo = StoredImportInfo;

/** The kept files in import order (never their bytes), or why the browser's storage could not be read. */
export function fetchKeptFiles(): Promise<StorageResult<KeptFileInfo[]>> {
  return listImportedFileInfo();
}

/**
 * The question (key 'kept-files'): asked again whenever the loaded data changes (another tab kept or reset) and
 * whenever this tab's imports were written to the store (its input: the data changed a moment before the files were
 * kept, and a retry keeps files without changing the data).
 */
export const keptFilesQuery = defineDataQuery('kept-files', (_conn, _keptWrites: number) => fetchKeptFiles());

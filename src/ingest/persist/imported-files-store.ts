// The imported files (original bytes and the choices made), kept in IndexedDB so a reload or a new
// tab re-applies them. Storage fails in real browsers (quota, private mode, blocked storage): every
// failure comes back as a typed result for the Data view to report, never thrown and never silent.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportMode } from '../apply/import-outcome';

/** One imported file as stored; `id` grows with each import, so it is the import order. */
export interface StoredImportFile {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
  /** The sheet the user picked in a workbook (null: CSV, or the reader's default). */
  readonly sheet: string | null;
  readonly mode: ImportMode;
  /** ISO timestamp. */
  readonly importedAt: string;
}

/** A file to store: id and size are filled in. */
export type NewImportedFile = Omit<StoredImportFile, 'id' | 'size'>;

/** quota: the browser refused the space; unavailable: no IndexedDB (private mode, blocked storage). */
export type StorageFailureReason = 'quota' | 'unavailable' | 'unknown';

export type StorageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: StorageFailureReason; readonly error: string };

const DATABASE_NAME = 'papi-dashboard-imports';
const DATABASE_VERSION = 1;
const STORE_NAME = 'imported-files';

interface ImportsSchema extends DBSchema {
  'imported-files': { key: number; value: Omit<StoredImportFile, 'id'> & { id?: number } };
}

class StorageUnavailableError extends Error {}

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

/** Sorts a storage error into what the user can act on. */
export function classifyStorageError(error: unknown): StorageFailureReason {
  const name = errorName(error);
  // Firefox names a full profile NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (error instanceof StorageUnavailableError) return 'unavailable';
  // Private modes and blocked storage refuse to open: InvalidStateError, SecurityError, UnknownError.
  if (['InvalidStateError', 'SecurityError', 'UnknownError'].includes(name)) return 'unavailable';
  return 'unknown';
}

async function withDatabase<T>(
  work: (db: IDBPDatabase<ImportsSchema>) => Promise<T>,
): Promise<StorageResult<T>> {
  let db: IDBPDatabase<ImportsSchema> | null = null;
  try {
    if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
    try {
      db = await openDB<ImportsSchema>(DATABASE_NAME, DATABASE_VERSION, {
        upgrade: (database) => database.createObjectStore(STORE_NAME, { keyPath: 'id', autoIncrement: true }),
      });
    } catch (error) {
      if (classifyStorageError(error) === 'quota') throw error;
      throw new StorageUnavailableError(error instanceof Error ? error.message : String(error));
    }
    return { ok: true, value: await work(db) };
  } catch (error) {
    return {
      ok: false,
      reason: classifyStorageError(error),
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    db?.close();
  }
}

/** Every stored file, in import order. */
export function listImportedFiles(): Promise<StorageResult<StoredImportFile[]>> {
  return withDatabase(async (db) => {
    const records = await db.getAll(STORE_NAME);
    return records.map((record) => ({ ...record, id: record.id ?? 0, bytes: new Uint8Array(record.bytes) }));
  });
}

/** Stores the files of one import after the ones already stored, all or none; the value is how many. */
export function addImportedFiles(files: readonly NewImportedFile[]): Promise<StorageResult<number>> {
  return withDatabase(async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    const pending: Promise<unknown>[] = [tx.done];
    try {
      for (const file of files) {
        // A copy: the caller may hand its buffer to DuckDB's worker afterwards.
        pending.push(tx.store.add({ ...file, size: file.bytes.length, bytes: file.bytes.slice() }));
      }
      await Promise.all(pending);
    } catch (error) {
      // Observed here so an abort's follow-up rejections are not unhandled; abort undoes the earlier adds.
      for (const promise of pending) promise.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      throw error;
    }
    return files.length;
  });
}

/** Forgets every stored file (restore the bundled data). */
export function clearImportedFiles(): Promise<StorageResult<void>> {
  return withDatabase((db) => db.clear(STORE_NAME));
}

// The imported files (original bytes, the choices made and the rows as checked), kept in IndexedDB so a reload
// or a new tab re-applies them. Every storage failure comes back typed (indexed-db.ts) for the Data view to report.

import type { DBSchema } from 'idb';
import type { CanonicalRows } from '../ingest/apply/canonical-rows-format.ts';
import type { ImportMode } from '../ingest/apply/import-outcome.ts';
import { withBytesInHand, type FileInHand, type HeldFile } from '../ingest/read/held-file.ts';
import { withStorage, type StorageDatabase, type StorageResult } from './indexed-db.ts';

/** What is kept of one imported file besides its bytes. */
interface ImportedFileRecord {
  readonly name: string;
  /** The sheet the user picked in a workbook (null: CSV, or the reader's default). */
  readonly sheet: string | null;
  /** An official workbook's years read together, and the year the user typed (absent in older records). */
  readonly years?: readonly number[] | null;
  readonly typedYear?: number | null;
  readonly mode: ImportMode;
  /** ISO timestamp. */
  readonly importedAt: string;
  /**
   * The rows as they went into the tables, applied at start-up without reading the bytes again (for a large
   * scores CSV, the rows DuckDB read from it); absent or null in records kept before they were: those re-read.
   */
  readonly canonical?: CanonicalRows | null;
}

/**
 * One imported file as stored; `id` grows with each import, so it is the import order. Its bytes are held as
 * they were kept: the browser's file (`source`, read only by whoever needs the bytes: the file-reading worker,
 * DuckDB, a backup), or a byte array (what versions before kept).
 */
export type StoredImportFile = ImportedFileRecord & { readonly id: number; readonly size: number } & HeldFile;

/**
 * A file to store. `source`, the browser's file its bytes were read from, is kept instead of the bytes when
 * given: IndexedDB stores a Blob by reference, where a byte array is cloned on the page's thread (a long
 * freeze for a file of tens of megabytes).
 */
export type NewImportedFile = ImportedFileRecord & FileInHand;

/** The bytes as kept: a byte array (what every version wrote before), or the browser's file they came from. */
type KeptBytes = Uint8Array | ArrayBuffer | Blob;

/** A record's bytes as a held file: the Blob itself (not read), or the byte array. */
const heldBytes = (name: string, kept: KeptBytes): HeldFile =>
  kept instanceof Blob
    ? { name, source: kept }
    : { name, bytes: kept instanceof Uint8Array ? kept : new Uint8Array(kept) };

const STORE_NAME = 'imported-files';

/**
 * The fields the kept files table lists, as an index's key: a key cursor over it reads them without loading
 * any file's bytes or rows (tens of megabytes for a big file, read back on the page's thread).
 */
const LISTING_INDEX = 'listing';
type ListingKey = [importedAt: string, name: string, size: number];

interface ImportsSchema extends DBSchema {
  'imported-files': {
    key: number;
    value: ImportedFileRecord & { id?: number; size: number; bytes: KeptBytes };
    indexes: { listing: ListingKey };
  };
}

const IMPORTS_DATABASE: StorageDatabase<ImportsSchema> = {
  name: 'papi-dashboard-imports',
  // 2: the listing index (a version 1 database gets it on opening, built by the browser from its records).
  version: 2,
  upgrade: (database, oldVersion, transaction) => {
    const store =
      oldVersion < 1
        ? database.createObjectStore(STORE_NAME, { keyPath: 'id', autoIncrement: true })
        : transaction.objectStore(STORE_NAME);
    if (oldVersion < 2) store.createIndex(LISTING_INDEX, ['importedAt', 'name', 'size']);
  },
};

/** Every stored file, in import order, without reading the bytes of any kept as the browser's file. */
export function listImportedFiles(): Promise<StorageResult<StoredImportFile[]>> {
  return withStorage(IMPORTS_DATABASE, async (db) => {
    const records = await db.getAll(STORE_NAME);
    return records.map(({ bytes, ...record }) => ({
      ...record,
      id: record.id ?? 0,
      ...heldBytes(record.name, bytes),
    }));
  });
}

/** Every stored file with its bytes in hand (a backup writes them), in import order. */
export async function listImportedFilesWithBytes(): Promise<
  StorageResult<(StoredImportFile & FileInHand)[]>
> {
  const listed = await listImportedFiles();
  if (!listed.ok) return listed;
  try {
    const value = await Promise.all(
      listed.value.map(async (file) => ({ ...file, ...(await withBytesInHand(file)) })),
    );
    return { ok: true, value };
  } catch (error) {
    // A kept Blob the browser can no longer read (its backing file gone).
    return { ok: false, reason: 'unknown', error: error instanceof Error ? error.message : String(error) };
  }
}

/** A kept file as the kept files table lists it: no bytes, no rows. */
export type StoredImportInfo = Pick<StoredImportFile, 'id' | 'name' | 'size' | 'importedAt'>;

/** Every stored file's name, size and date, in import order, read without loading any file's bytes or rows. */
export function listImportedFileInfo(): Promise<StorageResult<StoredImportInfo[]>> {
  return withStorage(IMPORTS_DATABASE, async (db) => {
    const listed: StoredImportInfo[] = [];
    let cursor = await db.transaction(STORE_NAME).store.index(LISTING_INDEX).openKeyCursor();
    while (cursor !== null) {
      const [importedAt, name, size] = cursor.key;
      listed.push({ id: cursor.primaryKey, name, size, importedAt });
      cursor = await cursor.continue();
    }
    return listed.sort((a, b) => a.id - b.id);
  });
}

/** How many files are stored, without reading them. */
export function countImportedFiles(): Promise<StorageResult<number>> {
  return withStorage(IMPORTS_DATABASE, (db) => db.count(STORE_NAME));
}

/** Stores the files of one import after the ones already stored, all or none; the value is how many. */
export function addImportedFiles(files: readonly NewImportedFile[]): Promise<StorageResult<number>> {
  return writeImportedFiles(files, { clearFirst: false });
}

/**
 * Replaces every stored file by `files`, in their order, in one transaction (a failure leaves the files that were
 * there); used to restore a backup. Fields beyond NewImportedFile's (an id, a size) are recomputed.
 */
export function replaceImportedFiles(files: readonly NewImportedFile[]): Promise<StorageResult<number>> {
  return writeImportedFiles(files, { clearFirst: true });
}

/** Adds `files` in order in one transaction, after clearing the store if asked: all or none. */
function writeImportedFiles(
  files: readonly NewImportedFile[],
  { clearFirst }: { clearFirst: boolean },
): Promise<StorageResult<number>> {
  return withStorage(IMPORTS_DATABASE, async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    const pending: Promise<unknown>[] = clearFirst ? [tx.done, tx.store.clear()] : [tx.done];
    try {
      for (const file of files) {
        // A listed file may carry its old id: the store numbers the files again, in this order. The bytes are
        // the browser's file when there is one, else a copy: the caller may hand its buffer to DuckDB's worker.
        const { source, ...record }: NewImportedFile & { id?: number } = { ...file };
        delete record.id;
        const bytes = source?.size === file.bytes.length ? source : file.bytes.slice();
        pending.push(tx.store.add({ ...record, size: file.bytes.length, bytes }));
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

/**
 * Keeps the checked rows of a stored file that had none (a restored version 1 backup, a record from before the
 * rows were kept), so later start-ups apply them without reading its bytes; a file removed meanwhile stays
 * removed. The value is whether the record was there.
 */
export function keepImportedFileRows(id: number, canonical: CanonicalRows): Promise<StorageResult<boolean>> {
  return withStorage(IMPORTS_DATABASE, async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    const record = await tx.store.get(id);
    if (record !== undefined) await tx.store.put({ ...record, canonical });
    await tx.done;
    return record !== undefined;
  });
}

/** Forgets every stored file (restore the bundled data). */
export function clearImportedFiles(): Promise<StorageResult<void>> {
  return withStorage(IMPORTS_DATABASE, (db) => db.clear(STORE_NAME));
}

/** Forgets one stored file (the Data view's kept files table, to free space). */
export function deleteImportedFile(id: number): Promise<StorageResult<void>> {
  return withStorage(IMPORTS_DATABASE, (db) => db.delete(STORE_NAME, id));
}

// The console's last queries, kept in this browser (IndexedDB) so they survive a reload. History is a
// convenience: when storage is refused (private mode, quota) the console works without it, silently.

import type { DBSchema } from 'idb';
import { withStorage, type StorageDatabase, type StorageResult } from './indexed-db.ts';

/** How many queries are kept (the newest). */
export const QUERY_HISTORY_LIMIT = 20;

export interface HistoryEntry {
  readonly sql: string;
  /** ISO timestamp of the last run. */
  readonly ranAt: string;
}

const STORE_NAME = 'history';

interface HistorySchema extends DBSchema {
  history: { key: string; value: HistoryEntry };
}

const HISTORY_DATABASE: StorageDatabase<HistorySchema> = {
  name: 'papi-sql-console',
  version: 1,
  upgrade: (database) => database.createObjectStore(STORE_NAME, { keyPath: 'sql' }),
};

/** The kept queries, newest first. */
export async function readQueryHistory(): Promise<HistoryEntry[]> {
  const read = await withStorage(HISTORY_DATABASE, async (db) => {
    const entries = await db.getAll(STORE_NAME);
    return entries.sort((a, b) => b.ranAt.localeCompare(a.ranAt)).slice(0, QUERY_HISTORY_LIMIT);
  });
  return read.ok ? read.value : [];
}

/** Records a run of `sql` (the same text moves to the top) and drops the oldest beyond the limit; returns the new list. */
export async function recordQuery(sql: string, ranAt: Date = new Date()): Promise<HistoryEntry[]> {
  const recorded = await withStorage(HISTORY_DATABASE, async (db) => {
    await db.put(STORE_NAME, { sql, ranAt: ranAt.toISOString() });
    const entries = (await db.getAll(STORE_NAME)).sort((a, b) => b.ranAt.localeCompare(a.ranAt));
    const dropped = entries.slice(QUERY_HISTORY_LIMIT);
    await Promise.all(dropped.map((entry) => db.delete(STORE_NAME, entry.sql)));
    return entries.slice(0, QUERY_HISTORY_LIMIT);
  });
  return recorded.ok ? recorded.value : [];
}

/** The kept queries, newest first, or the storage failure (a backup must tell an empty history from a refused one). */
export function readAllQueryHistory(): Promise<StorageResult<HistoryEntry[]>> {
  return withStorage(HISTORY_DATABASE, async (db) =>
    (await db.getAll(STORE_NAME)).sort((a, b) => b.ranAt.localeCompare(a.ranAt)),
  );
}

/** Replaces the kept queries by `entries` (the newest QUERY_HISTORY_LIMIT), in one transaction. */
export function replaceQueryHistory(entries: readonly HistoryEntry[]): Promise<StorageResult<number>> {
  const kept = [...entries].sort((a, b) => b.ranAt.localeCompare(a.ranAt)).slice(0, QUERY_HISTORY_LIMIT);
  return withStorage(HISTORY_DATABASE, async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    await Promise.all([
      tx.store.clear(),
      ...kept.map(({ sql, ranAt }) => tx.store.put({ sql, ranAt })),
      tx.done,
    ]);
    return kept.length;
  });
}

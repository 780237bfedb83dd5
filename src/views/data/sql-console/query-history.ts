// The console's last queries, kept in this browser (IndexedDB) so they survive a reload. History is a
// convenience: when storage is refused (private mode, quota) the console works without it, silently.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** How many queries are kept (the newest). */
export const QUERY_HISTORY_LIMIT = 20;

export interface HistoryEntry {
  readonly sql: string;
  /** ISO timestamp of the last run. */
  readonly ranAt: string;
}

const DATABASE_NAME = 'papi-sql-console';
const STORE_NAME = 'history';

interface HistorySchema extends DBSchema {
  history: { key: string; value: HistoryEntry };
}

async function openHistory(): Promise<IDBPDatabase<HistorySchema> | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return await openDB<HistorySchema>(DATABASE_NAME, 1, {
      upgrade: (database) => database.createObjectStore(STORE_NAME, { keyPath: 'sql' }),
    });
  } catch {
    return null;
  }
}

/** The kept queries, newest first. */
export async function readQueryHistory(): Promise<HistoryEntry[]> {
  const db = await openHistory();
  if (db === null) return [];
  try {
    const entries = await db.getAll(STORE_NAME);
    return entries.sort((a, b) => b.ranAt.localeCompare(a.ranAt)).slice(0, QUERY_HISTORY_LIMIT);
  } catch {
    return [];
  } finally {
    db.close();
  }
}

/** Records a run of `sql` (the same text moves to the top) and drops the oldest beyond the limit; returns the new list. */
export async function recordQuery(sql: string, ranAt: Date = new Date()): Promise<HistoryEntry[]> {
  const db = await openHistory();
  if (db === null) return [];
  try {
    await db.put(STORE_NAME, { sql, ranAt: ranAt.toISOString() });
    const entries = (await db.getAll(STORE_NAME)).sort((a, b) => b.ranAt.localeCompare(a.ranAt));
    const dropped = entries.slice(QUERY_HISTORY_LIMIT);
    await Promise.all(dropped.map((entry) => db.delete(STORE_NAME, entry.sql)));
    return entries.slice(0, QUERY_HISTORY_LIMIT);
  } catch {
    return [];
  } finally {
    db.close();
  }
}

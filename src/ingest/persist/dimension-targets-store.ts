// The targets a user sets per dimension, kept in this browser's IndexedDB, one record per province, so
// they survive reloads next to the user's imported data. Failures come back typed, never thrown.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  parseDimensionTargets,
  type DimensionTarget,
  type DimensionTargets,
} from '../../domain/dimension-target';
import { classifyStorageError, type StorageResult } from './imported-files-store';

const DATABASE_NAME = 'papi-dashboard-targets';
const DATABASE_VERSION = 1;
const STORE_NAME = 'dimension-targets';

interface TargetsSchema extends DBSchema {
  'dimension-targets': { key: string; value: { provinceCode: string; targets: unknown } };
}

async function withTargets<T>(
  work: (db: IDBPDatabase<TargetsSchema>) => Promise<T>,
): Promise<StorageResult<T>> {
  let db: IDBPDatabase<TargetsSchema> | null = null;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    db = await openDB<TargetsSchema>(DATABASE_NAME, DATABASE_VERSION, {
      upgrade: (database) => database.createObjectStore(STORE_NAME, { keyPath: 'provinceCode' }),
    });
    return { ok: true, value: await work(db) };
  } catch (error) {
    const reason = classifyStorageError(error);
    return {
      ok: false,
      reason: reason === 'unknown' && typeof indexedDB === 'undefined' ? 'unavailable' : reason,
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    db?.close();
  }
}

/** The province's targets (none stored: {}); invalid stored entries are dropped. */
export function readDimensionTargets(provinceCode: string): Promise<StorageResult<DimensionTargets>> {
  return withTargets(async (db) => parseDimensionTargets((await db.get(STORE_NAME, provinceCode))?.targets));
}

/** Sets (or, with null, removes) one dimension's target of the province; the value is the province's targets after. */
export function writeDimensionTarget(
  provinceCode: string,
  dimension: string,
  target: DimensionTarget | null,
): Promise<StorageResult<DimensionTargets>> {
  return withTargets(async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    const current = parseDimensionTargets((await tx.store.get(provinceCode))?.targets);
    const next: Record<string, DimensionTarget> = Object.fromEntries(
      Object.entries(current).filter(([code]) => code !== dimension),
    );
    if (target !== null) next[dimension] = target;
    await tx.store.put({ provinceCode, targets: next });
    await tx.done;
    return next;
  });
}

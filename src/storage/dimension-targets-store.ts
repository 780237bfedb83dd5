// The targets a user sets per dimension, kept in this browser's IndexedDB, one record per province, so
// they survive reloads next to the user's imported data. Failures come back typed, never thrown.

import type { DBSchema } from 'idb';
import {
  parseDimensionTargets,
  type DimensionTarget,
  type DimensionTargets,
} from '../domain/dimension-target.ts';
import { withStorage, type StorageDatabase, type StorageResult } from './indexed-db.ts';

const STORE_NAME = 'dimension-targets';

interface TargetsSchema extends DBSchema {
  'dimension-targets': { key: string; value: { provinceCode: string; targets: unknown } };
}

const TARGETS_DATABASE: StorageDatabase<TargetsSchema> = {
  name: 'papi-dashboard-targets',
  version: 1,
  upgrade: (database) => database.createObjectStore(STORE_NAME, { keyPath: 'provinceCode' }),
};

/** The province's targets (none stored: {}); invalid stored entries are dropped. */
export function readDimensionTargets(provinceCode: string): Promise<StorageResult<DimensionTargets>> {
  return withStorage(TARGETS_DATABASE, async (db) =>
    parseDimensionTargets((await db.get(STORE_NAME, provinceCode))?.targets),
  );
}

/** Sets (or, with null, removes) one dimension's target of the province; the value is the province's targets after. */
export function writeDimensionTarget(
  provinceCode: string,
  dimension: string,
  target: DimensionTarget | null,
): Promise<StorageResult<DimensionTargets>> {
  return withStorage(TARGETS_DATABASE, async (db) => {
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

/** One province's targets, as a backup holds them. */
export interface ProvinceTargets {
  readonly provinceCode: string;
  readonly targets: DimensionTargets;
}

/** Every province's targets (invalid stored entries dropped), by province code. */
export function readAllDimensionTargets(): Promise<StorageResult<ProvinceTargets[]>> {
  return withStorage(TARGETS_DATABASE, async (db) =>
    (await db.getAll(STORE_NAME))
      .map((record) => ({
        provinceCode: record.provinceCode,
        targets: parseDimensionTargets(record.targets),
      }))
      .sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)),
  );
}

/** Replaces every province's targets by `all`, in one transaction (a failure leaves what was there). */
export function replaceAllDimensionTargets(all: readonly ProvinceTargets[]): Promise<StorageResult<number>> {
  return withStorage(TARGETS_DATABASE, async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    await Promise.all([
      tx.store.clear(),
      ...all.map(({ provinceCode, targets }) => tx.store.put({ provinceCode, targets: { ...targets } })),
      tx.done,
    ]);
    return all.length;
  });
}

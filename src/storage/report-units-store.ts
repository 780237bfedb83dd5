// The units the user listed per level for a plan's report forms, kept in this browser's IndexedDB, one
// record per plan, so they are typed once. Failures come back typed, never thrown.

import type { DBSchema } from 'idb';
import { parseUnitLists, type UnitLists } from '../domain/report-unit-lists.ts';
import { withStorage, type StorageDatabase, type StorageResult } from './indexed-db.ts';

const STORE_NAME = 'report-units';

interface ReportUnitsSchema extends DBSchema {
  'report-units': { key: string; value: { plan: string; lists: unknown } };
}

const REPORT_UNITS_DATABASE: StorageDatabase<ReportUnitsSchema> = {
  name: 'papi-dashboard-report-units',
  version: 1,
  upgrade: (database) => database.createObjectStore(STORE_NAME, { keyPath: 'plan' }),
};

/** The plan's lists; null when none were kept yet. */
export function readReportUnits(plan: string): Promise<StorageResult<UnitLists | null>> {
  return withStorage(REPORT_UNITS_DATABASE, async (db) => {
    const record = await db.get(STORE_NAME, plan);
    return record === undefined ? null : parseUnitLists(record.lists);
  });
}

/** Keeps the plan's lists (cleaned as parseUnitLists does); the value is what was kept. */
export function writeReportUnits(plan: string, lists: UnitLists): Promise<StorageResult<UnitLists>> {
  return withStorage(REPORT_UNITS_DATABASE, async (db) => {
    const clean = parseUnitLists(lists);
    await db.put(STORE_NAME, { plan, lists: clean });
    return clean;
  });
}

/** One plan's unit lists, as a backup holds them. */
export interface PlanUnitLists {
  readonly plan: string;
  readonly lists: UnitLists;
}

/** Every plan's lists (cleaned as parseUnitLists does), by plan. */
export function readAllReportUnits(): Promise<StorageResult<PlanUnitLists[]>> {
  return withStorage(REPORT_UNITS_DATABASE, async (db) =>
    (await db.getAll(STORE_NAME))
      .map((record) => ({ plan: record.plan, lists: parseUnitLists(record.lists) }))
      .sort((a, b) => a.plan.localeCompare(b.plan)),
  );
}

/** Replaces every plan's lists by `all`, in one transaction (a failure leaves what was there). */
export function replaceAllReportUnits(all: readonly PlanUnitLists[]): Promise<StorageResult<number>> {
  return withStorage(REPORT_UNITS_DATABASE, async (db) => {
    const tx = db.transaction(STORE_NAME, 'readwrite');
    await Promise.all([
      tx.store.clear(),
      ...all.map(({ plan, lists }) => tx.store.put({ plan, lists: parseUnitLists(lists) })),
      tx.done,
    ]);
    return all.length;
  });
}

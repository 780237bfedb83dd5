// While the engine loads, the seeded store lets the views render the seed; when the engine is ready the
// answers on screen move to the live keys (kept as answered when they are live DuckDB's, else stale, so live
// DuckDB answers again) and errors pass through.

import { QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { createDatabaseStore } from '../../src/session/database-store.ts';
import { createSeededDatabaseStore } from '../../src/prerender/seeded-database-store.ts';
import { datasetsQuery, type DatasetInfo } from '../../src/queries/datasets.ts';
import { createQueryClient } from '../../src/queries/query-client.ts';
import { yearOptionsQuery } from '../../src/queries/scored-years.ts';
import { totalTrendQuery } from '../../src/queries/total-trend.ts';

// Plain keys (not typed by the question): the store carries whatever data the seed holds.
const preReadyKey = (provinceCode: string): QueryKey =>
  totalTrendQuery.options(null, 0, provinceCode).queryKey;
const liveConnector = { toJSON: () => 'duckdb-wasm#1' } as unknown as Connector;

const SEEDED_DATASETS: DatasetInfo[] = [
  { name: 'score_rows', source: null, isSample: false, rowCount: 1, loadedAt: '2026-12-01T00:00:00.000Z' },
];

function seeded() {
  const real = createDatabaseStore();
  const client = createQueryClient(); // the app's: answers never go stale on their own
  client.setQueryData(preReadyKey('P43'), [{ year: 2024, total: 40.54 }]);
  client.setQueryData(preReadyKey('P01'), [{ year: 2024, total: 45 }]);
  client.setQueryData(datasetsQuery.options(null, 0).queryKey, SEEDED_DATASETS);
  // Every unit's years are seeded; Hà Nội's are not on screen.
  client.setQueryData(yearOptionsQuery.options(null, 0, 'P01').queryKey, HANOI_YEARS);
  // The page shows Đắk Nông and the loaded tables: their queries have an observer, Hà Nội's has none.
  for (const queryKey of [preReadyKey('P43'), datasetsQuery.options(null, 0).queryKey]) {
    new QueryObserver(client, { queryKey, enabled: false }).subscribe(() => undefined);
  }
  const store = createSeededDatabaseStore(real, client);
  return { real, client, store };
}

const HANOI_YEARS = [{ year: 2024, hasScore: true }];
const OTHER_BUILD = { builtWithThisApp: false };
const THIS_BUILD = { builtWithThisApp: true };
const liveTrendKey = (provinceCode: string): QueryKey =>
  totalTrendQuery.options(liveConnector, 1, provinceCode).queryKey;
const yearsKeyAt = (dataVersion: number, provinceCode: string): QueryKey =>
  yearOptionsQuery.options(liveConnector, dataVersion, provinceCode).queryKey;
const liveYearsKey = (provinceCode: string): QueryKey => yearsKeyAt(1, provinceCode);
const liveDatasetsKey: QueryKey = datasetsQuery.options(liveConnector, 1).queryKey;

describe('seeded database store', () => {
  it('passes the real state through until a seed is activated, then reports it usable without a connector', () => {
    const { real, store } = seeded();
    real.update({ status: 'downloading' });
    expect(store.getState().status).toBe('downloading');
    store.activate(THIS_BUILD);
    expect(store.getState()).toMatchObject({ status: 'ready', connector: null, dataVersion: 0 });
    expect(store.getState()).toBe(store.getState()); // a stable snapshot for useSyncExternalStore
    expect(store.isShowingSeed()).toBe(true);
  });

  it('keeps one snapshot while the engine moves through its stages and download, a new one when kept imports change', () => {
    const { real, store } = seeded();
    real.update({ status: 'downloading' });
    store.activate(THIS_BUILD);
    const shown = store.getState();
    real.update({ downloadProgress: { bytesLoaded: 1_000_000, bytesTotal: 5_600_000 } });
    real.update({ downloadProgress: { bytesLoaded: 5_600_000, bytesTotal: 5_600_000 } });
    real.update({ status: 'starting' });
    real.update({ status: 'loading-data', connector: liveConnector });
    expect(store.getState()).toBe(shown);
    expect(shown).toMatchObject({ status: 'ready', connector: null, downloadProgress: null });
    const failed = {
      applied: 0,
      failed: [{ file: 'a.csv', problemCount: 1, error: null }],
      storageError: null,
    };
    real.update({ storedImports: failed });
    expect(store.getState()).not.toBe(shown);
    expect(store.getState().storedImports).toBe(failed);
  });

  it("hands a seed of another build's answers on screen to the live keys, marked stale, when the engine is ready", () => {
    const { real, client, store } = seeded();
    store.activate(OTHER_BUILD);
    real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    expect(store.getState().connector).toBe(liveConnector);
    expect(client.getQueryData(liveTrendKey('P43'))).toEqual([{ year: 2024, total: 40.54 }]);
    expect(client.getQueryState(liveTrendKey('P43'))?.isInvalidated).toBe(true);
    // Not on screen: answered live when asked.
    expect(client.getQueryData(liveTrendKey('P01'))).toBeUndefined();
  });

  it("keeps a seed built with this app as live DuckDB's answers (not asked again), but for when the data was loaded", () => {
    const { real, client, store } = seeded();
    store.activate(THIS_BUILD);
    real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    expect(client.getQueryData(liveTrendKey('P43'))).toEqual([{ year: 2024, total: 40.54 }]);
    expect(client.getQueryState(liveTrendKey('P43'))?.isInvalidated).toBe(false);
    // The load's own question: the seed's says when the build loaded the data.
    expect(client.getQueryData(liveDatasetsKey)).toEqual(SEEDED_DATASETS);
    expect(client.getQueryState(liveDatasetsKey)?.isInvalidated).toBe(true);
    expect(client.getQueryData(liveTrendKey('P01'))).toBeUndefined();
  });

  it("gives a unit's years from the seed when asked, on screen before or not, when the seed is live DuckDB's", async () => {
    const { real, client, store } = seeded();
    store.activate(THIS_BUILD);
    real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    // Not carried at the hand-over (one task for every unit): when asked.
    expect(client.getQueryCache().find({ queryKey: liveYearsKey('P01'), exact: true })).toBeUndefined();
    const askedEngine: string[] = [];
    const years = await client.fetchQuery({
      queryKey: liveYearsKey('P01'),
      queryFn: () => (askedEngine.push('P01'), []),
    });
    expect(years).toEqual(HANOI_YEARS);
    // Another data version (an import since) is the engine's to answer.
    await client.fetchQuery({ queryKey: yearsKeyAt(2, 'P01'), queryFn: () => (askedEngine.push('v2'), []) });
    expect(askedEngine).toEqual(['v2']);
  });

  it('leaves the years to live DuckDB when the seed is not its answers (another build, kept imports)', async () => {
    const other = seeded();
    other.store.activate(OTHER_BUILD);
    other.real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    const imported = seeded();
    imported.store.activate(THIS_BUILD);
    imported.real.update({
      status: 'ready',
      connector: liveConnector,
      dataVersion: 1,
      storedImports: { applied: 1, failed: [], storageError: null },
    });
    for (const { client } of [other, imported]) {
      const live = [{ year: 2024, hasScore: false }];
      expect(await client.fetchQuery({ queryKey: liveYearsKey('P01'), queryFn: () => live })).toBe(live);
    }
  });

  it('asks again when a kept import was applied at the start, even with a seed built with this app', () => {
    const { real, client, store } = seeded();
    store.activate(THIS_BUILD);
    real.update({
      status: 'ready',
      connector: liveConnector,
      dataVersion: 1,
      storedImports: { applied: 1, failed: [], storageError: null },
    });
    expect(client.getQueryState(liveTrendKey('P43'))?.isInvalidated).toBe(true);
  });

  it('shows the engine error instead of the seed', () => {
    const { real, store } = seeded();
    store.activate(THIS_BUILD);
    real.update({ status: 'error', error: new Error('wasm failed') });
    expect(store.getState().status).toBe('error');
    expect(store.isShowingSeed()).toBe(false);
  });

  it('never activates once the engine is already ready', () => {
    const { real, store } = seeded();
    real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    store.activate(THIS_BUILD);
    expect(store.isShowingSeed()).toBe(false);
    expect(store.getState().dataVersion).toBe(1);
  });
});

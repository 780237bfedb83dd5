// While the engine loads, the seeded store lets the views render the seed; when the engine is ready the
// answers on screen move to the live keys (stale, so live DuckDB answers again) and errors pass through.

import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { createDatabaseStore } from '../../src/session/database-store';
import { createSeededDatabaseStore } from '../../src/prerender/seeded-database-store';
import { totalTrendQuery } from '../../src/queries/total-trend';

// Plain keys (not typed by the question): the store carries whatever data the seed holds.
const preReadyKey = (provinceCode: string): QueryKey =>
  totalTrendQuery.options(null, 0, provinceCode).queryKey;
const liveConnector = { toJSON: () => 'duckdb-wasm#1' } as unknown as Connector;

function seeded() {
  const real = createDatabaseStore();
  const client = new QueryClient();
  client.setQueryData(preReadyKey('P43'), [{ year: 2024, total: 40.54 }]);
  client.setQueryData(preReadyKey('P01'), [{ year: 2024, total: 45 }]);
  // The page shows Đắk Nông: its query has an observer, Hà Nội's has none.
  const unsubscribe = new QueryObserver(client, {
    queryKey: preReadyKey('P43'),
    enabled: false,
  }).subscribe(() => undefined);
  const store = createSeededDatabaseStore(real, client);
  return { real, client, store, unsubscribe };
}

describe('seeded database store', () => {
  it('passes the real state through until a seed is activated, then reports it usable without a connector', () => {
    const { real, store } = seeded();
    real.update({ status: 'downloading' });
    expect(store.getState().status).toBe('downloading');
    store.activate();
    expect(store.getState()).toMatchObject({ status: 'ready', connector: null, dataVersion: 0 });
    expect(store.getState()).toBe(store.getState()); // a stable snapshot for useSyncExternalStore
    expect(store.isShowingSeed()).toBe(true);
  });

  it('hands the answers on screen to the live keys, marked stale, when the engine is ready', () => {
    const { real, client, store } = seeded();
    store.activate();
    real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    expect(store.getState().connector).toBe(liveConnector);
    const liveKey: QueryKey = totalTrendQuery.options(liveConnector, 1, 'P43').queryKey;
    expect(client.getQueryData(liveKey)).toEqual([{ year: 2024, total: 40.54 }]);
    expect(client.getQueryState(liveKey)?.isInvalidated).toBe(true);
    // Not on screen: answered live when asked.
    const otherKey: QueryKey = totalTrendQuery.options(liveConnector, 1, 'P01').queryKey;
    expect(client.getQueryData(otherKey)).toBeUndefined();
  });

  it('shows the engine error instead of the seed', () => {
    const { real, store } = seeded();
    store.activate();
    real.update({ status: 'error', error: new Error('wasm failed') });
    expect(store.getState().status).toBe('error');
    expect(store.isShowingSeed()).toBe(false);
  });

  it('never activates once the engine is already ready', () => {
    const { real, store } = seeded();
    real.update({ status: 'ready', connector: liveConnector, dataVersion: 1 });
    store.activate();
    expect(store.isShowingSeed()).toBe(false);
    expect(store.getState().dataVersion).toBe(1);
  });
});

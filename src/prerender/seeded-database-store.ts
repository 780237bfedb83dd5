// While the engine loads, the page shows the first-screen seed (answers computed at build time from the
// bundled data). This store wraps the real database store: once a seed is in the cache, it reports the
// database as usable ('ready', no connector, data version 0), so the views render and their queries read
// the seeded answers (they stay disabled without a connector). When the real engine is ready, the seeded
// answers the page is showing are copied to the live keys, marked stale, so live DuckDB answers them
// again and takes over without a blank in between. An error or a later state passes through unchanged.

import type { QueryClient } from '@tanstack/react-query';
import type { DatabaseState, DatabaseStatus, DatabaseStore } from '../session/database-store';
import { isPreReadyKey, PRE_READY_DATA_VERSION, rekey } from './first-screen-seed';

const BEFORE_READY: ReadonlySet<DatabaseStatus> = new Set([
  'idle',
  'downloading',
  'starting',
  'loading-data',
]);

export interface SeededDatabaseStore extends DatabaseStore {
  /** Starts showing the seed (already hydrated into the query client); ignored once the engine is ready. */
  activate(): void;
  /** Whether the page shows seeded answers right now. */
  isShowingSeed(): boolean;
}

/** Copies the seeded answers that are on screen to the keys the live engine answers, marked stale. */
export function carrySeedToLiveKeys(queryClient: QueryClient, state: DatabaseState): number {
  let carried = 0;
  for (const query of queryClient.getQueryCache().getAll()) {
    if (!isPreReadyKey(query.queryKey) || query.state.data === undefined || query.getObserversCount() === 0)
      continue;
    const liveKey = rekey(query.queryKey, state.connector, state.dataVersion);
    if (liveKey === null || queryClient.getQueryData(liveKey) !== undefined) continue;
    queryClient.setQueryData(liveKey, query.state.data);
    void queryClient.invalidateQueries({ queryKey: liveKey, exact: true, refetchType: 'none' });
    carried += 1;
  }
  return carried;
}

/** Wraps `real`; subscribe before React does, so the seed is carried over before the views re-render. */
export function createSeededDatabaseStore(
  real: DatabaseStore,
  queryClient: QueryClient,
): SeededDatabaseStore {
  let active = false;
  let carried = false;
  const listeners = new Set<() => void>();
  let lastReal: DatabaseState | null = null;
  let lastSeeded: DatabaseState | null = null;

  const showingSeed = (): boolean => active && BEFORE_READY.has(real.getState().status);
  const getState = (): DatabaseState => {
    const state = real.getState();
    if (!active || !BEFORE_READY.has(state.status)) return state;
    if (state !== lastReal || lastSeeded === null) {
      lastReal = state;
      lastSeeded = { ...state, status: 'ready', connector: null, dataVersion: PRE_READY_DATA_VERSION };
    }
    return lastSeeded; // the same object while the real state is unchanged (useSyncExternalStore)
  };
  const notify = (): void => listeners.forEach((listener) => listener());

  real.subscribe(() => {
    const state = real.getState();
    if (active && !carried && state.status === 'ready') {
      carried = true;
      carrySeedToLiveKeys(queryClient, state);
      performance.mark('papi:seed-handed-over');
    }
    notify();
  });

  return {
    getState,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (patch) => real.update(patch),
    bumpDataVersion: () => real.bumpDataVersion(),
    activate: () => {
      if (active || !BEFORE_READY.has(real.getState().status)) return;
      active = true;
      notify();
    },
    isShowingSeed: showingSeed,
  };
}

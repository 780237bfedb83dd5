// While the engine loads, the page shows the first-screen seed (answers computed at build time from the
// bundled data). This store wraps the real database store: once a seed is in the cache, it reports the
// database as usable ('ready', no connector, data version 0), so the views render and their queries read
// the seeded answers (they stay disabled without a connector). When the real engine is ready, the seeded
// answers the page is showing are copied to the live keys, so the views go on without a blank in between.
// They are the live engine's answers when the seed was built with this app and no kept import changed the
// data at the start (a Node test proves the seed equals live DuckDB's answers, question by question): then
// they are not asked again, and the engine is free for the user's first choice. Otherwise (a seed of another
// build, or kept imports applied) they are marked stale and live DuckDB answers them again.
// An error or a later state passes through unchanged.

import type { QueryClient } from '@tanstack/react-query';
import { datasetsQuery } from '../queries/datasets.ts';
import { readDataQueryKey } from '../queries/data-query-key.ts';
import { yearOptionsQuery } from '../queries/scored-years.ts';
import type { DatabaseState, DatabaseStatus, DatabaseStore } from '../session/database-store.ts';
import type { FirstScreenSeed } from './fetch-first-screen-seed.ts';
import { isPreReadyKey, PRE_READY_DATA_VERSION, rekey } from './first-screen-seed.ts';

/**
 * Questions whose answer tells when this engine loaded the data: the seed's is the build's, so live DuckDB
 * answers them again even when the seed's other answers are kept.
 */
export const QUESTIONS_ABOUT_THE_LOAD: ReadonlySet<string> = new Set([datasetsQuery.name]);

/**
 * Questions whose seeded answers, when they are live DuckDB's, are carried when asked, on screen before or not: a
 * choice of unit asks its years before anything else (the shell's year rule; app/use-ask-ahead.ts), so with the
 * seed's years the engine's first question is the chosen view's own. The seed holds every unit's (its common part).
 * Carried when asked, not all at the hand-over: 97 new cache entries there made one task of ~100 ms on a phone-speed
 * CPU (4x slowdown) just as the page becomes live.
 */
export const CARRIED_WHEN_ASKED: ReadonlySet<string> = new Set([yearOptionsQuery.name]);

const BEFORE_READY: ReadonlySet<DatabaseStatus> = new Set([
  'idle',
  'downloading',
  'starting',
  'loading-data',
]);

/** What the page sees of the engine while the seed is shown: usable, without a connector, and no download. */
const SEEDED_ENGINE_STATE = {
  status: 'ready',
  connector: null,
  dataVersion: PRE_READY_DATA_VERSION,
  downloadProgress: null,
} as const satisfies Partial<DatabaseState>;

/** Whether `a` and `b` differ only in what the seeded state replaces (SEEDED_ENGINE_STATE). */
const sameBesidesEngineProgress = (a: DatabaseState, b: DatabaseState): boolean =>
  (Object.keys(b) as (keyof DatabaseState)[]).every(
    (key) => key in SEEDED_ENGINE_STATE || Object.is(a[key], b[key]),
  );

export interface SeededDatabaseStore extends DatabaseStore {
  /** Starts showing the seed (already hydrated into the query client); ignored once the engine is ready. */
  activate(seed: Pick<FirstScreenSeed, 'builtWithThisApp'>): void;
  /** Whether the page shows seeded answers right now. */
  isShowingSeed(): boolean;
}

/**
 * Copies the seeded answers that are on screen to the keys the live engine answers. `liveAnswers`: they are the
 * live engine's answers (see above), kept as answered; else marked stale, to be asked again.
 */
export function carrySeedToLiveKeys(
  queryClient: QueryClient,
  state: DatabaseState,
  liveAnswers: boolean,
): number {
  let carried = 0;
  for (const query of queryClient.getQueryCache().getAll()) {
    // Observers first: the seed holds many answers, only the ones on screen are carried.
    if (query.getObserversCount() === 0 || query.state.data === undefined || !isPreReadyKey(query.queryKey))
      continue;
    const liveKey = rekey(query.queryKey, state.connector, state.dataVersion);
    if (liveKey === null || queryClient.getQueryData(liveKey) !== undefined) continue;
    queryClient.setQueryData(liveKey, query.state.data);
    const name = readDataQueryKey(liveKey)?.name ?? '';
    if (!liveAnswers || QUESTIONS_ABOUT_THE_LOAD.has(name))
      void queryClient.invalidateQueries({ queryKey: liveKey, exact: true, refetchType: 'none' });
    carried += 1;
  }
  return carried;
}

/**
 * From now on, a question of CARRIED_WHEN_ASKED that enters the cache under the keys of `state` (its connector and
 * data version, those the seed was handed over to as live answers) takes the seed's answer at once, so neither a
 * hook nor a fetch asks the engine. Returns the unsubscribe.
 */
export function carrySeedWhenAsked(queryClient: QueryClient, state: DatabaseState): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'added' || event.query.state.data !== undefined) return;
    const parts = readDataQueryKey(event.query.queryKey);
    if (parts === null || !CARRIED_WHEN_ASKED.has(parts.name)) return;
    if (parts.conn !== state.connector || parts.dataVersion !== state.dataVersion) return;
    const seedKey = rekey(event.query.queryKey, null, PRE_READY_DATA_VERSION);
    const seeded = seedKey === null ? undefined : queryClient.getQueryData(seedKey);
    if (seeded !== undefined) queryClient.setQueryData(event.query.queryKey, seeded);
  });
}

/** Whether the seed's answers are live DuckDB's now that it is ready: built with this app, and no kept import applied. */
const seedIsLive = (builtWithThisApp: boolean, state: DatabaseState): boolean =>
  builtWithThisApp && state.storedImports.applied === 0;

/** Wraps `real`; subscribe before React does, so the seed is carried over before the views re-render. */
export function createSeededDatabaseStore(
  real: DatabaseStore,
  queryClient: QueryClient,
): SeededDatabaseStore {
  let active = false;
  let builtWithThisApp = false;
  let carried = false;
  const listeners = new Set<() => void>();
  let lastSeeded: DatabaseState | null = null;

  const showingSeed = (): boolean => active && BEFORE_READY.has(real.getState().status);
  const getState = (): DatabaseState => {
    const state = real.getState();
    if (!active || !BEFORE_READY.has(state.status)) return state;
    // The same object while the engine only moves through its stages and its download (useSyncExternalStore):
    // a new one re-rendered the shell at each step of the bar, which restarted the render of the sections
    // below the first screen (a transition) each time, on a slow phone until the download ended.
    if (lastSeeded === null || !sameBesidesEngineProgress(lastSeeded, state))
      lastSeeded = { ...state, ...SEEDED_ENGINE_STATE };
    return lastSeeded;
  };
  const notify = (): void => listeners.forEach((listener) => listener());

  real.subscribe(() => {
    const state = real.getState();
    if (active && !carried && state.status === 'ready') {
      carried = true;
      const live = seedIsLive(builtWithThisApp, state);
      carrySeedToLiveKeys(queryClient, state, live);
      // Kept for the page's life: later keys carry another data version (an import) and never match.
      if (live) carrySeedWhenAsked(queryClient, state);
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
    activate: (seed) => {
      if (active || !BEFORE_READY.has(real.getState().status)) return;
      active = true;
      builtWithThisApp = seed.builtWithThisApp;
      notify();
    },
    isShowingSeed: showingSeed,
  };
}

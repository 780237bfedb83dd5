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
 * Questions whose seeded answers are carried for every unit, on screen or not, when they are live DuckDB's: a choice
 * of unit asks its years before anything else (the shell's year rule; app/use-ask-ahead.ts), so with the seed's
 * years the engine's first question is the chosen view's own. The seed holds every unit's (its common part).
 */
export const UNSEEN_SEED_CARRIED: ReadonlySet<string> = new Set([yearOptionsQuery.name]);

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
 * Copies the seeded answers that are on screen (and, when live, those of UNSEEN_SEED_CARRIED) to the keys the live
 * engine answers. `liveAnswers`: they are the live engine's answers (see above), kept as answered; else marked
 * stale, to be asked again.
 */
export function carrySeedToLiveKeys(
  queryClient: QueryClient,
  state: DatabaseState,
  liveAnswers: boolean,
): number {
  let carried = 0;
  for (const query of queryClient.getQueryCache().getAll()) {
    if (query.state.data === undefined || !isPreReadyKey(query.queryKey)) continue;
    const name = readDataQueryKey(query.queryKey)?.name ?? '';
    // The seed holds many answers: only the ones on screen are carried, and the live ones every choice asks first.
    if (query.getObserversCount() === 0 && !(liveAnswers && UNSEEN_SEED_CARRIED.has(name))) continue;
    const liveKey = rekey(query.queryKey, state.connector, state.dataVersion);
    if (liveKey === null || queryClient.getQueryData(liveKey) !== undefined) continue;
    queryClient.setQueryData(liveKey, query.state.data);
    if (!liveAnswers || QUESTIONS_ABOUT_THE_LOAD.has(name))
      void queryClient.invalidateQueries({ queryKey: liveKey, exact: true, refetchType: 'none' });
    carried += 1;
  }
  return carried;
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
      carrySeedToLiveKeys(queryClient, state, seedIsLive(builtWithThisApp, state));
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

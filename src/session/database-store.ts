// The database's start-up state as a small subscribable store (read by React through
// useSyncExternalStore), and the one-shot starter that drives it. No browser APIs here.

import type { Connector } from '../db/connector.ts';
import { progressWorthShowing, type DownloadProgress } from '../db/download-progress.ts';
import type { StorageFailureReason } from '../storage/indexed-db.ts';

/** What happened to the imports kept in this browser: re-applied at start-up, or a storage failure. */
export interface StoredImportsState {
  /** Stored files re-applied at start-up. */
  readonly applied: number;
  /** Stored files that no longer applied (their data is not loaded), with how many problems each had. */
  readonly failed: readonly {
    readonly file: string;
    readonly problemCount: number;
    readonly error: string | null;
  }[];
  /** The browser's storage refused (quota, private mode): imports are not kept, or could not be read back. */
  readonly storageError: {
    readonly reason: StorageFailureReason;
    readonly error: string;
  } | null;
}

export const NO_STORED_IMPORTS: StoredImportsState = { applied: 0, failed: [], storageError: null };

/**
 * Start-up stages, in order; 'error' can follow any of them. 'stopped': the engine died after start-up (the
 * error says why) until the user restarts it; 'restarting' then lasts until it is 'ready' again.
 */
export type DatabaseStatus =
  'idle' | 'downloading' | 'starting' | 'loading-data' | 'ready' | 'error' | 'stopped' | 'restarting';

export interface DatabaseState {
  status: DatabaseStatus;
  error: Error | null;
  /** Set once the engine is connected (usable from 'loading-data'; queries should wait for 'ready'). */
  connector: Connector | null;
  /** Bumped every time the loaded data changes (initial load, import, reset): part of every query key. */
  dataVersion: number;
  /** Bytes of the wasm fetched so far, while 'downloading'. */
  downloadProgress: { bytesLoaded: number; bytesTotal: number } | null;
  /** The kept imports' state (re-applied at start-up, storage errors), for the Data view to report. */
  storedImports: StoredImportsState;
  /** How many times another tab's import or reset made this tab reload the kept data (each says so once). */
  otherTabUpdates: number;
}

export interface DatabaseStore {
  getState(): DatabaseState;
  subscribe(listener: () => void): () => void;
  update(patch: Partial<DatabaseState>): void;
  /** Call after the loaded tables changed (e.g. an import) so cached query results are refetched. */
  bumpDataVersion(): void;
}

export const INITIAL_DATABASE_STATE: DatabaseState = {
  status: 'idle',
  error: null,
  connector: null,
  dataVersion: 0,
  downloadProgress: null,
  storedImports: NO_STORED_IMPORTS,
  otherTabUpdates: 0,
};

/** A store holding one DatabaseState; each update replaces the snapshot and notifies listeners. */
export function createDatabaseStore(initial: DatabaseState = INITIAL_DATABASE_STATE): DatabaseStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const update = (patch: Partial<DatabaseState>): void => {
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update,
    bumpDataVersion: () => update({ dataVersion: state.dataVersion + 1 }),
  };
}

export interface DatabaseStarterDeps {
  /** Starts the engine, reporting 'downloading' then 'starting'; `fresh`: a restart, so a new worker. */
  createConnector: (hooks: {
    onStage: (stage: 'downloading' | 'starting') => void;
    onDownloadProgress: (progress: { bytesLoaded: number; bytesTotal: number }) => void;
    /** The engine stopped after start-up. */
    onStopped: (error: Error) => void;
    fresh: boolean;
  }) => Promise<Connector>;
  /** Loads the default data (and the kept imports) into the fresh database. */
  loadData: (conn: Connector) => Promise<void>;
}

export interface DatabaseStarter {
  /** The first call starts the engine and loads the data; every later call shares that promise (the latest restart's). */
  start(): Promise<Connector>;
  /** Drops the current engine and starts a new one the same way (new worker, bundled data, kept imports). */
  restart(): Promise<Connector>;
}

/** Drives `store` through start-up, and through a restart when the engine has stopped. */
export function createDatabaseStarter(store: DatabaseStore, deps: DatabaseStarterDeps): DatabaseStarter {
  let started: Promise<Connector> | null = null;
  // Each start is one generation: a stop reported by an engine already replaced is ignored.
  let generation = 0;
  const run = async (fresh: boolean): Promise<Connector> => {
    generation += 1;
    const current = generation;
    const isCurrent = (): boolean => current === generation;
    let stopped = false;
    let shownProgress: { progress: DownloadProgress; at: number } | null = null;
    try {
      // A restart shows one stage, 'restarting', until ready (the start-up stages mean a first visit).
      store.update(
        fresh
          ? { status: 'restarting', error: null, connector: null }
          : { status: 'downloading', error: null },
      );
      const connector = await deps.createConnector({
        onStage: (status) => {
          if (!fresh && isCurrent()) store.update({ status });
        },
        onDownloadProgress: (downloadProgress) => {
          if (fresh || !isCurrent()) return;
          const now = performance.now();
          if (!progressWorthShowing(shownProgress, downloadProgress, now)) return;
          shownProgress = { progress: downloadProgress, at: now };
          store.update({ downloadProgress });
        },
        onStopped: (error) => {
          if (!isCurrent()) return;
          stopped = true;
          store.update({ status: 'stopped', error });
        },
        fresh,
      });
      if (!isCurrent()) {
        // Replaced while it started (a second restart): this engine is not the app's.
        connector.terminate?.();
        return connector;
      }
      store.update(fresh ? { connector } : { status: 'loading-data', connector });
      await deps.loadData(connector);
      // Stopped while loading: the message stays until the user restarts.
      if (isCurrent() && !stopped) {
        store.update({
          status: 'ready',
          dataVersion: store.getState().dataVersion + 1,
          downloadProgress: null,
        });
      }
      return connector;
    } catch (cause) {
      const error = cause instanceof Error ? cause : new Error(String(cause));
      if (isCurrent() && !stopped) store.update({ status: 'error', error });
      throw error;
    }
  };
  return {
    start: () => {
      started ??= run(false);
      return started;
    },
    restart: () => {
      const old = store.getState().connector;
      if (old !== null) {
        if (old.terminate !== undefined) old.terminate();
        else void old.close().catch(() => undefined);
      }
      started = run(true);
      return started;
    },
  };
}

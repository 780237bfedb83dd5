// React access to the database: <DatabaseProvider>, useDatabase() and useReadyConnector().

import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Connector } from '../db/connector.ts';
import type { DatabaseState, DatabaseStore } from './database-store.ts';

const DatabaseStoreContext = createContext<DatabaseStore | null>(null);

/** What every question's key holds: the connector once data is loaded (else null) and the data's version. */
export interface ReadyConnector {
  connector: Connector | null;
  dataVersion: number;
}

const ReadyConnectorContext = createContext<ReadyConnector | null>(null);
/** Whether the views are still to be moved to a new connector or data version (the deferred render is pending). */
const ConnectorSwitchPendingContext = createContext(false);

const readyConnector = (state: DatabaseState): Connector | null =>
  state.status === 'ready' ? state.connector : null;
const dataVersionOf = (state: DatabaseState): number => state.dataVersion;

export interface DatabaseProviderProps {
  /** Usually `databaseStore` from database-start.ts; tests pass their own. */
  store: DatabaseStore;
  /** Starts the engine if nothing has yet (startDatabase from database-start.ts); optional in tests. */
  start?: () => Promise<unknown>;
  children: ReactNode;
}

/** Provides the database state to the tree and makes sure start-up has begun. */
export function DatabaseProvider({ store, start, children }: DatabaseProviderProps): ReactNode {
  useEffect(() => {
    // Errors are reported through the store's 'error' status.
    start?.().catch(() => undefined);
  }, [start]);
  return (
    <DatabaseStoreContext value={store}>
      <ReadyConnectorProvider>{children}</ReadyConnectorProvider>
    </DatabaseStoreContext>
  );
}

/**
 * Hands the views a new connector or data version as a deferred value. Every view that asks questions re-renders
 * then (at the engine's start, over the first-screen seed, and after each import); as a transition React renders
 * them in slices between input events, where the switch was one task of 100-150 ms on a phone-speed CPU.
 */
function ReadyConnectorProvider({ children }: { children: ReactNode }) {
  const connector = useDatabaseSelector(readyConnector);
  const dataVersion = useDatabaseSelector(dataVersionOf);
  const ready = useMemo(() => ({ connector, dataVersion }), [connector, dataVersion]);
  const shown = useDeferredValue(ready);
  // A context of its own: while the switch is pending only its readers (the page's busy state) re-render at once.
  return (
    <ConnectorSwitchPendingContext value={shown !== ready}>
      <ReadyConnectorContext value={shown}>{children}</ReadyConnectorContext>
    </ConnectorSwitchPendingContext>
  );
}

function useDatabaseStore(): DatabaseStore {
  const store = useContext(DatabaseStoreContext);
  if (store === null) throw new Error('useDatabase must be used inside <DatabaseProvider>.');
  return store;
}

/** The database's `{ status, error, connector, dataVersion, downloadProgress }`; re-renders on change. */
export function useDatabase(): DatabaseState {
  const store = useDatabaseStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/**
 * One part of the database's state, re-rendering only when it changes: `select` returns a primitive or an
 * object the state holds (the connector), never a new one. The state changes many times a second while the
 * engine downloads; a component that asks questions needs only the connector and the data's version.
 */
export function useDatabaseSelector<T>(select: (state: DatabaseState) => T): T {
  const store = useDatabaseStore();
  const snapshot = (): T => select(store.getState());
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/**
 * The connector once data is loaded (else null), with the data version for query keys; re-renders when one of them
 * changes, never on a step of the engine's download, and a moment after the store (see ReadyConnectorProvider).
 */
export function useReadyConnector(): ReadyConnector {
  const ready = useContext(ReadyConnectorContext);
  if (ready === null) throw new Error('useReadyConnector must be used inside <DatabaseProvider>.');
  return ready;
}

/** True from a new connector or data version until the views have moved to it: the page is busy then. */
export function useConnectorSwitchPending(): boolean {
  return useContext(ConnectorSwitchPendingContext);
}

/**
 * Reads the connector and the data's version the store holds at the call, ahead of the deferred value the views
 * render with (useReadyConnector): for a question asked before a render that will use them (app/use-ask-ahead.ts).
 */
export function useReadyConnectorNow(): () => ReadyConnector {
  const store = useDatabaseStore();
  return useCallback(() => {
    const state = store.getState();
    return { connector: readyConnector(state), dataVersion: dataVersionOf(state) };
  }, [store]);
}

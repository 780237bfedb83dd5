// React access to the database: <DatabaseProvider> and useDatabase().

import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { DatabaseState, DatabaseStore } from './database-store.ts';

const DatabaseStoreContext = createContext<DatabaseStore | null>(null);

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
  return <DatabaseStoreContext value={store}>{children}</DatabaseStoreContext>;
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

// The connector for query hooks: null until the database is 'ready' (queries stay disabled).

import { useMemo } from 'react';
import type { Connector } from '../db/connector.ts';
import type { DatabaseState } from '../session/database-store.ts';
import { useDatabaseSelector } from '../session/database-context.tsx';

export interface ReadyConnector {
  connector: Connector | null;
  dataVersion: number;
}

const readyConnector = (state: DatabaseState): Connector | null =>
  state.status === 'ready' ? state.connector : null;
const dataVersion = (state: DatabaseState): number => state.dataVersion;

/**
 * The connector once data is loaded (else null), with the data version for query keys. A component that asks
 * questions re-renders when one of them changes, not on every step of the engine's download.
 */
export function useReadyConnector(): ReadyConnector {
  const connector = useDatabaseSelector(readyConnector);
  const version = useDatabaseSelector(dataVersion);
  return useMemo(() => ({ connector, dataVersion: version }), [connector, version]);
}

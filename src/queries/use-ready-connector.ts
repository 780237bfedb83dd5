// The connector for query hooks: null until the database is 'ready' (queries stay disabled).

import { useDatabase } from '../session/database-context.tsx';
import type { Connector } from '../db/connector.ts';

export interface ReadyConnector {
  connector: Connector | null;
  dataVersion: number;
}

/** The connector once data is loaded (else null), with the data version for query keys. */
export function useReadyConnector(): ReadyConnector {
  const { status, connector, dataVersion } = useDatabase();
  return { connector: status === 'ready' ? connector : null, dataVersion };
}

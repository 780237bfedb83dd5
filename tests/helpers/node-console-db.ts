// A Node DuckDB with the bundled data loaded, seen through two connections as in the browser: the app's
// Connector and the SQL console's own ConsoleConnection (blocking build: a query cannot be cancelled here).

import type { ArrowTableLike } from '../../src/db/arrow-rows.ts';
import type { Connector } from '../../src/db/connector.ts';
import type { ConsoleConnection } from '../../src/db/console-connection.ts';
import { fillWithBundledData } from './data-files.ts';
import { startNodeEngine } from './node-duckdb.ts';

export interface NodeConsoleDatabase {
  connector: Connector;
  openConsoleConnection: () => ConsoleConnection;
}

/** Starts an in-memory DuckDB, fills it with the bundled data through the app's connector, and opens console connections on demand. */
export async function createNodeConsoleDatabase(): Promise<NodeConsoleDatabase> {
  const { db, connector } = await startNodeEngine('duckdb-node-console');
  await fillWithBundledData(connector);

  const openConsoleConnection = (): ConsoleConnection => {
    const consoleConn = db.connect();
    return {
      execute: async (text) => void consoleConn.query(text),
      send: async (text) => {
        const table = consoleConn.query(text) as ArrowTableLike;
        return { batches: [table], fields: () => table.schema.fields };
      },
      cancel: async () => false,
      close: async () => consoleConn.close(),
    };
  };
  return { connector, openConsoleConnection };
}

// A Node DuckDB with the bundled data loaded, seen through two connections as in the browser: the app's
// Connector and the SQL console's own ConsoleConnection (blocking build: a query cannot be cancelled here).

import { arrowTableToRows, type ArrowTableLike } from '../../src/db/arrow-rows';
import { nextConnectorName, type Connector } from '../../src/db/connector';
import type { ConsoleConnection } from '../../src/db/console-connection';
import { ENGINE_SETUP_SQL } from '../../src/db/engine-settings';
import { QueryError } from '../../src/db/query-error';
import { loadBundledData } from '../../src/ingest/load-bundled-data';
import { readBundledFiles } from './data-files';
import { openNodeDuckDB } from './node-duckdb';

export interface NodeConsoleDatabase {
  connector: Connector;
  openConsoleConnection: () => ConsoleConnection;
}

/** Starts an in-memory DuckDB, loads the bundled data through the app's connector, and opens console connections on demand. */
export async function createNodeConsoleDatabase(): Promise<NodeConsoleDatabase> {
  const db = await openNodeDuckDB();
  const conn = db.connect();
  conn.query(ENGINE_SETUP_SQL);
  const name = nextConnectorName('duckdb-node-console');
  const connector: Connector = {
    toJSON: () => name,
    query: <T>(query: { text: string; params: readonly unknown[] }) => {
      try {
        if (query.params.length === 0)
          return Promise.resolve(arrowTableToRows<T>(conn.query(query.text) as ArrowTableLike));
        const statement = conn.prepare(query.text);
        try {
          return Promise.resolve(arrowTableToRows<T>(statement.query(...query.params) as ArrowTableLike));
        } finally {
          statement.close();
        }
      } catch (error) {
        return Promise.reject(new QueryError(error, query.text, query.params));
      }
    },
    registerFileText: (file, text) => Promise.resolve(db.registerFileText(file, text)),
    registerFileBuffer: (file, bytes) => Promise.resolve(db.registerFileBuffer(file, bytes)),
    dropFile: (file) => Promise.resolve(void db.dropFile(file)),
    close: () => {
      conn.close();
      db.reset();
      return Promise.resolve();
    },
  };
  await loadBundledData(connector, readBundledFiles());

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

// The Node implementation of the Connector, for tests: DuckDB-WASM's blocking build, same settings
// and the same row conversion as the browser connector. Instantiation takes ~1.3 s: share one per file.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  createDuckDB,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import { arrowTableToRows, type ArrowTableLike } from '../../src/db/arrow-rows';
import { nextConnectorName, type Connector } from '../../src/db/connector';
import { ENGINE_QUERY_CONFIG, ENGINE_LOCKDOWN_SQL, ENGINE_SETUP_SQL } from '../../src/db/engine-settings';
import { QueryError } from '../../src/db/query-error';
import type { SqlQuery } from '../../src/db/sql';

const require = createRequire(import.meta.url);
const DUCKDB_DIST = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

/** An in-memory DuckDB (the blocking Node build of the app's wasm), opened with the app's settings. */
export async function openNodeDuckDB() {
  const db = await createDuckDB(
    {
      mvp: {
        mainModule: join(DUCKDB_DIST, 'duckdb-mvp.wasm'),
        mainWorker: join(DUCKDB_DIST, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: join(DUCKDB_DIST, 'duckdb-eh.wasm'),
        mainWorker: join(DUCKDB_DIST, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: ENGINE_QUERY_CONFIG });
  return db;
}

/** A Node DuckDB seen through the app's Connector, with the raw engine and connection for test helpers. */
export interface NodeEngine {
  db: DuckDBBindings;
  connection: DuckDBConnection;
  connector: Connector;
}

/**
 * Starts an in-memory DuckDB in this process: one connection, with the Connector over it, set up as the app's.
 * `diskAccess` leaves external access on (ENGINE_LOCKDOWN_SQL not run): only for test setup that writes files
 * to a temporary folder (the bundled data's dump), never for an engine a test asserts on.
 */
export async function startNodeEngine(
  label = 'duckdb-node',
  options: { diskAccess?: boolean } = {},
): Promise<NodeEngine> {
  const db = await openNodeDuckDB();
  const connection = db.connect();
  connection.query(
    options.diskAccess === true ? ENGINE_SETUP_SQL.replace(ENGINE_LOCKDOWN_SQL, '') : ENGINE_SETUP_SQL,
  );

  const run = (query: SqlQuery): ArrowTableLike => {
    if (query.params.length === 0) return connection.query(query.text) as ArrowTableLike;
    const statement = connection.prepare(query.text);
    try {
      return statement.query(...query.params) as ArrowTableLike;
    } finally {
      statement.close();
    }
  };

  const name = nextConnectorName(label);
  const connector: Connector = {
    toJSON: () => name,
    query: <T>(query: SqlQuery) => {
      try {
        return Promise.resolve(arrowTableToRows<T>(run(query)));
      } catch (error) {
        return Promise.reject(new QueryError(error, query.text, query.params));
      }
    },
    registerFileText: (file, text) => {
      db.registerFileText(file, text);
      return Promise.resolve();
    },
    registerFileBuffer: (file, bytes) => {
      db.registerFileBuffer(file, bytes);
      return Promise.resolve();
    },
    dropFile: (file) => {
      db.dropFile(file);
      return Promise.resolve();
    },
    close: () => {
      connection.close();
      db.reset();
      return Promise.resolve();
    },
  };
  return { db, connection, connector };
}

/** Starts an in-memory DuckDB in this process and returns a Connector over one connection. */
export async function createNodeConnector(): Promise<Connector> {
  return (await startNodeEngine()).connector;
}

// The Node implementation of the Connector, for tests: DuckDB-WASM's blocking build, same settings
// and the same row conversion as the browser connector. Instantiation takes ~1.3 s: share one per file.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { arrowTableToRows, type ArrowTableLike } from '../../src/db/arrow-rows';
import { nextConnectorName, type Connector } from '../../src/db/connector';
import { ENGINE_QUERY_CONFIG, ENGINE_SETUP_SQL } from '../../src/db/engine-settings';
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

/** Starts an in-memory DuckDB in this process and returns a Connector over one connection. */
export async function createNodeConnector(): Promise<Connector> {
  const db = await openNodeDuckDB();
  const conn = db.connect();
  conn.query(ENGINE_SETUP_SQL);

  const run = (query: SqlQuery): ArrowTableLike => {
    if (query.params.length === 0) return conn.query(query.text) as ArrowTableLike;
    const statement = conn.prepare(query.text);
    try {
      return statement.query(...query.params) as ArrowTableLike;
    } finally {
      statement.close();
    }
  };

  const name = nextConnectorName('duckdb-node');
  return {
    toJSON: () => name,
    query: <T>(query: SqlQuery) => {
      try {
        return Promise.resolve(arrowTableToRows<T>(run(query)));
      } catch (error) {
        return Promise.reject(new QueryError(error, query.text, query.params));
      }
    },
    registerFileText: (name, text) => {
      db.registerFileText(name, text);
      return Promise.resolve();
    },
    registerFileBuffer: (name, bytes) => {
      db.registerFileBuffer(name, bytes);
      return Promise.resolve();
    },
    dropFile: (name) => {
      db.dropFile(name);
      return Promise.resolve();
    },
    close: () => {
      conn.close();
      db.reset();
      return Promise.resolve();
    },
  };
}

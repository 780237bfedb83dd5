// The Node implementation of the Connector, for tests: DuckDB-WASM's blocking build, same settings
// and the same row conversion as the browser connector. Instantiating the wasm takes ~1.5 s of CPU, a
// reset and reopen of an instance a test has closed a few milliseconds: closed instances are kept in a
// per-process pool (unit test files share their worker process) and handed to the next engine started.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  createDuckDB,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import { arrowTableToRows, type ArrowTableLike } from '../../src/db/arrow-rows.ts';
import { nextConnectorName, type Connector } from '../../src/db/connector.ts';
import { ENGINE_QUERY_CONFIG, ENGINE_LOCKDOWN_SQL, ENGINE_SETUP_SQL } from '../../src/db/engine-settings.ts';
import { QueryError } from '../../src/db/query-error.ts';
import type { SqlQuery } from '../../src/db/sql.ts';

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

/** Instances whose engine was closed, reset, ready to open again; on globalThis so every test file of the worker shares it. */
const IDLE_INSTANCES_KEY = Symbol.for('papi.test.idleDuckDBInstances');
const idleInstances = ((globalThis as Record<symbol, unknown>)[IDLE_INSTANCES_KEY] ??=
  []) as DuckDBBindings[];

/**
 * An in-memory DuckDB as openNodeDuckDB gives, from a closed engine's instance when there is one: its database
 * and registered files are gone (reset, dropFiles), so nothing of the engine before is left but the compiled code.
 */
async function takeNodeDuckDB(): Promise<DuckDBBindings> {
  for (let idle = idleInstances.pop(); idle !== undefined; idle = idleInstances.pop()) {
    try {
      idle.dropFiles();
      idle.reset();
      idle.open({ query: ENGINE_QUERY_CONFIG });
      idle.connect().close();
      return idle;
    } catch {
      // An instance that cannot reopen (a trap left it broken) is dropped.
    }
  }
  return openNodeDuckDB();
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
  const db = await takeNodeDuckDB();
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
  let closed = false;
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
    // Node's DuckDB build has no browser file reader: the Blob's bytes are registered instead.
    registerFileBlob: async (file, blob) => {
      db.registerFileBuffer(file, new Uint8Array(await blob.arrayBuffer()));
    },
    dropFile: (file) => {
      db.dropFile(file);
      return Promise.resolve();
    },
    close: () => {
      if (closed) return Promise.resolve();
      closed = true;
      connection.close();
      db.reset();
      idleInstances.push(db);
      return Promise.resolve();
    },
  };
  return { db, connection, connector };
}

/** Starts an in-memory DuckDB in this process and returns a Connector over one connection. */
export async function createNodeConnector(): Promise<Connector> {
  return (await startNodeEngine()).connector;
}

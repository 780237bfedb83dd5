// The app's one database: call startDatabase() as early as possible (main.tsx, before React
// renders) so the 33 MB wasm download starts at once. Every later call shares the same promise.

import { createBrowserConnector } from '../db/browser-connector';
import { BUNDLED_FILES } from '../ingest/bundled-files';
import { loadBundledData } from '../ingest/load-bundled-data';
import { createDatabaseStarter, createDatabaseStore } from './database-store';

/** The app-wide database state (status, error, connector, dataVersion). */
export const databaseStore = createDatabaseStore();

/** Starts DuckDB and loads the bundled data, once; resolves to the connector when 'ready'. */
export const startDatabase = createDatabaseStarter(databaseStore, {
  createConnector: (hooks) => createBrowserConnector(hooks),
  loadData: (conn) => loadBundledData(conn, BUNDLED_FILES),
});

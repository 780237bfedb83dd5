// The app's one database: call startDatabase() as early as possible (main.tsx, before React
// renders) so the 33 MB wasm download starts at once. Every later call shares the same promise.

import { createBrowserConnector } from '../db/browser-connector';
import type { TableName } from '../db/tables';
import { loadBundledData } from '../ingest/load-bundled-data';
import { loadTables, type LoadOptions, type TableFiles } from '../ingest/load-tables';
import { createDatabaseStarter, createDatabaseStore } from './database-store';

/** The app-wide database state (status, error, connector, dataVersion). */
export const databaseStore = createDatabaseStore();

// The bundled CSVs (~2 MB) are a separate chunk, fetched alongside the wasm rather than before it.
let bundledFiles: Promise<Record<TableName, string>> | null = null;
const fetchBundledFiles = (): Promise<Record<TableName, string>> => {
  bundledFiles ??= import('../ingest/bundled-files').then((module) => module.BUNDLED_FILES);
  return bundledFiles;
};

/** Starts DuckDB and loads the bundled data, once; resolves to the connector when 'ready'. */
export const startDatabase = createDatabaseStarter(databaseStore, {
  createConnector: (hooks) => {
    // Start fetching the data now; a failure surfaces when loadData awaits it.
    fetchBundledFiles().catch(() => undefined);
    return createBrowserConnector(hooks);
  },
  loadData: async (conn) => loadBundledData(conn, await fetchBundledFiles()),
});

/** Replaces the given tables (e.g. an import's normalised CSV text) and refreshes every query. */
export async function importTables(files: TableFiles, options: LoadOptions): Promise<void> {
  const conn = await startDatabase();
  await loadTables(conn, files, options);
  databaseStore.bumpDataVersion();
}

/** Reloads every bundled table (dropping imports) and refreshes every query. */
export async function resetToBundledData(): Promise<void> {
  const conn = await startDatabase();
  await loadBundledData(conn, await fetchBundledFiles());
  databaseStore.bumpDataVersion();
}

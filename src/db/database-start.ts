// The app's one database: call startDatabase() as early as possible (main.tsx, before React
// renders) so the 33 MB wasm download starts at once. Every later call shares the same promise.

import { bootEngine } from './engine-boot';
import { bundledFiles, prefetchBundledFiles } from '../ingest/bundled-files';
import { loadBundledData } from '../ingest/load-bundled-data';
import { loadTables, type LoadOptions, type TableFiles } from '../ingest/load-tables';
import { createDatabaseStarter, createDatabaseStore } from './database-store';

/** The app-wide database state (status, error, connector, dataVersion). */
export const databaseStore = createDatabaseStore();

/** Starts DuckDB and loads the bundled data, once; resolves to the connector when 'ready'. */
export const startDatabase = createDatabaseStarter(databaseStore, {
  createConnector: async (hooks) => {
    // Start DuckDB's worker now, then fetch DuckDB's JS (a lazy chunk, so the first frame need not
    // wait for it) and the data alongside.
    const boot = bootEngine();
    // The data files (static assets) download alongside; a failure surfaces when loadData awaits them.
    prefetchBundledFiles();
    const { createBrowserConnector } = await import('./browser-connector');
    return createBrowserConnector({ ...hooks, boot });
  },
  loadData: async (conn) => loadBundledData(conn, await bundledFiles()),
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
  await loadBundledData(conn, await bundledFiles());
  databaseStore.bumpDataVersion();
}

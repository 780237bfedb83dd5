// The shipped tables (the bundled data's loaded tables and the shipped derived tables), built once per change of
// their inputs (build-output-cache.ts): read by `vite build` (the plugin in vite.config.ts) and by the test that
// checks them (tests/ingest/shipped-derived-tables.test.ts).

import { SHIPPED_TABLE_FILES } from '../../src/ingest/shipped-derived-tables.ts';
import { cachedBuildOutput } from './build-output-cache.ts';

/** Each shipped table's Arrow IPC stream, keyed by its build name (SHIPPED_TABLE_FILES). */
export async function cachedShippedTables(): Promise<Record<string, Buffer>> {
  return cachedBuildOutput('shipped-tables', SHIPPED_TABLE_FILES, async () => {
    const { buildShippedTables } = await import('./build-shipped-derived-tables.ts');
    return buildShippedTables();
  });
}

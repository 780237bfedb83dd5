// The shipped derived tables, built once per change of their inputs (build-output-cache.ts): read by `vite build`
// (the plugin in vite.config.ts) and by the test that checks them (tests/ingest/shipped-derived-tables.test.ts).

import { SHIPPED_DERIVED_TABLES, shippedDerivedTableFile } from '../../src/ingest/shipped-derived-tables.ts';
import { cachedBuildOutput } from './build-output-cache.ts';

/** Each shipped derived table's Arrow IPC stream, keyed by its build name (shippedDerivedTableFile). */
export async function cachedShippedDerivedTables(): Promise<Record<string, Buffer>> {
  return cachedBuildOutput(
    'shipped-derived-tables',
    SHIPPED_DERIVED_TABLES.map(shippedDerivedTableFile),
    async () => {
      const { buildShippedDerivedTables } = await import('./build-shipped-derived-tables.ts');
      return buildShippedDerivedTables();
    },
  );
}

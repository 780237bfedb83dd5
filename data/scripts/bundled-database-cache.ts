// The bundled database file, built once per change of its inputs (build-output-cache.ts): read by `vite build` (the
// plugin in vite.config.ts) and by the test that checks it (tests/ingest/bundled-database.test.ts).

import { BUNDLED_DATABASE_FILE } from '../../src/ingest/bundled-database-file.ts';
import { cachedBuildOutput } from './build-output-cache.ts';

/** The bundled database file's bytes. */
export async function cachedBundledDatabase(): Promise<Buffer> {
  const files = await cachedBuildOutput('bundled-database', [BUNDLED_DATABASE_FILE], async () => {
    const { buildBundledDatabase } = await import('./build-bundled-database.ts');
    return buildBundledDatabase();
  });
  const bytes = files[BUNDLED_DATABASE_FILE];
  if (bytes === undefined) throw new Error('The build made no bundled database.');
  return bytes;
}

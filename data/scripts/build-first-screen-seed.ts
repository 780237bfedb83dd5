// Build step (run through first-screen-seed-cache.ts by the Vite plugin in vite.config.ts and the seed's test): answers the first screen's questions on Node
// DuckDB with the bundled data and the app's own SQL, and returns react-query's dehydrated state as
// JSON, keyed as the browser asks before its engine is ready. Run alone, it prints the seed's size.

import { dehydrate, QueryClient } from '@tanstack/react-query';
import { answerFirstScreen } from '../../src/prerender/first-screen-queries.ts';
import {
  PRE_READY_DATA_VERSION,
  rekey,
  SEED_ANSWERED_AT,
  type FirstScreenSeedFile,
} from '../../src/prerender/first-screen-seed.ts';
// The same Node DuckDB and bundled-data loading the query tests use.
import { createLoadedConnector } from '../../tests/helpers/data-files.ts';

/** The first-screen seed as JSON text (react-query dehydrated state), marked with `version`. */
export async function buildFirstScreenSeed(version: string): Promise<string> {
  const conn = await createLoadedConnector();
  try {
    const answers = await answerFirstScreen(conn, PRE_READY_DATA_VERSION);
    const client = new QueryClient();
    for (const { queryKey, data } of answers) {
      const preReadyKey = rekey(queryKey, null, PRE_READY_DATA_VERSION);
      if (preReadyKey !== null) client.setQueryData(preReadyKey, data, { updatedAt: SEED_ANSWERED_AT });
    }
    const seed: FirstScreenSeedFile = { version, ...dehydrate(client) };
    return JSON.stringify(seed);
  } finally {
    await conn.close();
  }
}

if (process.argv[1]?.endsWith('build-first-screen-seed.ts')) {
  buildFirstScreenSeed('(run alone)').then(
    (json) => console.log(`first-screen seed: ${json.length} bytes`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

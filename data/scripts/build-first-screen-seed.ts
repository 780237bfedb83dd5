// Build step (run through first-screen-seed-cache.ts by the Vite plugin in vite.config.ts and the seed's test): answers the first screen's questions on Node
// DuckDB with the bundled data and the app's own SQL, and returns react-query's dehydrated state of each of the
// seed's parts as JSON, keyed as the browser asks before its engine is ready. Run alone, it prints their sizes.

import { dehydrate, QueryClient } from '@tanstack/react-query';
import { answerFirstScreen } from '../../src/prerender/first-screen-queries.ts';
import {
  PRE_READY_DATA_VERSION,
  rekey,
  SEED_ANSWERED_AT,
  SEED_PARTS,
  type FirstScreenSeedFile,
  type SeedPart,
} from '../../src/prerender/first-screen-seed.ts';
// The same Node DuckDB and bundled-data loading the query tests use.
import { createLoadedConnector } from '../../tests/helpers/data-files.ts';

/** Each part of the first-screen seed as JSON text (react-query dehydrated state), marked with `version`. */
export async function buildFirstScreenSeed(version: string): Promise<Record<SeedPart, string>> {
  const conn = await createLoadedConnector();
  try {
    const answers = await answerFirstScreen(conn, PRE_READY_DATA_VERSION);
    const clients = new Map(SEED_PARTS.map((part) => [part, new QueryClient()]));
    for (const { queryKey, data, part } of answers) {
      const preReadyKey = rekey(queryKey, null, PRE_READY_DATA_VERSION);
      if (preReadyKey !== null)
        clients.get(part)?.setQueryData(preReadyKey, data, { updatedAt: SEED_ANSWERED_AT });
    }
    const json = (client: QueryClient | undefined): string => {
      const seed: FirstScreenSeedFile = { version, ...dehydrate(client ?? new QueryClient()) };
      return JSON.stringify(seed);
    };
    return Object.fromEntries(SEED_PARTS.map((part) => [part, json(clients.get(part))])) as Record<
      SeedPart,
      string
    >;
  } finally {
    await conn.close();
  }
}

if (process.argv[1]?.endsWith('build-first-screen-seed.ts')) {
  buildFirstScreenSeed('(run alone)').then(
    (parts) => {
      for (const [part, json] of Object.entries(parts)) console.log(`${part}: ${json.length} bytes`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

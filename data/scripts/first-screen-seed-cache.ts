// The first-screen seed, built once per change of its inputs (build-output-cache.ts): read by `vite build` (the
// plugin in vite.config.ts) and by the unit test that checks the seed (tests/prerender/first-screen-seed.test.ts).

import { buildInputsHash, cachedBuildOutput } from './build-output-cache.ts';

const SEED_FILE = 'first-screen.json';

/**
 * The seed's version: the hash of everything its answers are computed from (the bundled data, the app's SQL and
 * questions, the engine). The build gives the app the same (vite.config.ts), so the app can tell a seed built with
 * it from one a cache kept from another build.
 */
export const firstScreenSeedVersion = (): string => buildInputsHash();

/** The seed's JSON: from the cache when its inputs are unchanged, else built and cached. */
export async function cachedFirstScreenSeed(): Promise<string> {
  const files = await cachedBuildOutput('first-screen-seed', [SEED_FILE], async () => {
    const { buildFirstScreenSeed } = await import('./build-first-screen-seed.ts');
    return { [SEED_FILE]: await buildFirstScreenSeed(firstScreenSeedVersion()) };
  });
  return (files[SEED_FILE] ?? Buffer.alloc(0)).toString('utf8');
}

// The first-screen seed, built once per change of its inputs (build-output-cache.ts): read by `vite build` (the
// plugin in vite.config.ts) and by the unit test that checks the seed (tests/prerender/first-screen-seed.test.ts).

import { SEED_PARTS, seedPartFile, type SeedPart } from '../../src/prerender/first-screen-seed.ts';
import { buildInputsHash, cachedBuildOutput } from './build-output-cache.ts';

/**
 * The seed's version: the hash of everything its answers are computed from (the bundled data, the app's SQL and
 * questions, the engine). The build gives the app the same (vite.config.ts), so the app can tell a seed built with
 * it from one a cache kept from another build.
 */
export const firstScreenSeedVersion = (): string => buildInputsHash();

/** Each part of the seed, keyed by its file in dist/ (seedPartFile): from the cache when its inputs are unchanged, else built and cached. */
export async function cachedFirstScreenSeed(): Promise<Map<SeedPart, { file: string; json: string }>> {
  const names = SEED_PARTS.map(seedPartFile);
  const files = await cachedBuildOutput('first-screen-seed', names, async () => {
    const { buildFirstScreenSeed } = await import('./build-first-screen-seed.ts');
    const parts = await buildFirstScreenSeed(firstScreenSeedVersion());
    return Object.fromEntries(SEED_PARTS.map((part) => [seedPartFile(part), parts[part]]));
  });
  return new Map(
    SEED_PARTS.map((part) => {
      const file = seedPartFile(part);
      return [part, { file, json: (files[file] ?? Buffer.alloc(0)).toString('utf8') }];
    }),
  );
}

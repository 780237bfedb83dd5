// Hydrates react-query with the first-screen seed (fetch-first-screen-seed.ts): the parts the URL names first,
// then those of each view and province the user shows before the engine is live.

import { hydrate, type QueryClient } from '@tanstack/react-query';
import type { ViewId } from '../state/view-ids.ts';
import { fetchFirstScreenSeed, fetchSeedPart, type FirstScreenSeed } from './fetch-first-screen-seed.ts';
import { seedPartsFor, type SeedPart } from './first-screen-seed.ts';

/** Hydrates `queryClient` with the seed's first parts and resolves to the seed, or resolves null (imports kept, no seed, failure). */
export async function hydrateFirstScreenSeed(
  queryClient: QueryClient,
): Promise<Omit<FirstScreenSeed, 'files'> | null> {
  const seed = await fetchFirstScreenSeed();
  if (seed === null) return null;
  for (const file of seed.files) hydrate(queryClient, file);
  return { parts: seed.parts, version: seed.version, builtWithThisApp: seed.builtWithThisApp };
}

/**
 * Hydrates the parts `view` of `provinceCode` shows that `seed` did not hold, each once it has downloaded, while the
 * page shows the seed (`showingSeed`: once the engine is live, nothing is downloaded) and if the part is of the
 * seed's version. A part that failed to download is asked again with the next choice.
 */
export function createSeedPartsFollower(
  queryClient: QueryClient,
  seed: Omit<FirstScreenSeed, 'files'>,
  showingSeed: () => boolean,
): (view: ViewId, provinceCode: string) => Promise<void> {
  const asked = new Set<SeedPart>(seed.parts);
  return async (view, provinceCode) => {
    if (!showingSeed()) return;
    const parts = seedPartsFor(view, provinceCode).filter((part) => !asked.has(part));
    parts.forEach((part) => asked.add(part));
    await Promise.all(
      parts.map(async (part) => {
        const file = await fetchSeedPart(part);
        if (file === null) asked.delete(part);
        else if (file.version === seed.version && showingSeed()) hydrate(queryClient, file);
      }),
    );
  };
}

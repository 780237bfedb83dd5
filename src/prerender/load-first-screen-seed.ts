// Hydrates react-query with the first-screen seed (fetch-first-screen-seed.ts) when there is one to show.

import { hydrate, type QueryClient } from '@tanstack/react-query';
import { fetchFirstScreenSeed, type FirstScreenSeed } from './fetch-first-screen-seed.ts';

/** Hydrates `queryClient` with the seed and resolves to it, or resolves null (imports kept, no seed, failure). */
export async function hydrateFirstScreenSeed(
  queryClient: QueryClient,
): Promise<Pick<FirstScreenSeed, 'builtWithThisApp'> | null> {
  const seed = await fetchFirstScreenSeed();
  if (seed === null) return null;
  hydrate(queryClient, seed.file);
  return { builtWithThisApp: seed.builtWithThisApp };
}

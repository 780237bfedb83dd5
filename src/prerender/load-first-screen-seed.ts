// Hydrates react-query with the first-screen seed (fetch-first-screen-seed.ts) when there is one to show.

import { hydrate, type QueryClient } from '@tanstack/react-query';
import { fetchFirstScreenSeed } from './fetch-first-screen-seed';

/** Hydrates `queryClient` with the seed and resolves true, or resolves false (imports kept, no seed, failure). */
export async function hydrateFirstScreenSeed(queryClient: QueryClient): Promise<boolean> {
  const seed = await fetchFirstScreenSeed();
  if (seed === null) return false;
  hydrate(queryClient, seed);
  return true;
}

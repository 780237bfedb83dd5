// Starts the download of the first-screen seed and the check for imported files, once, from the entry
// chunk (before React's chunk has loaded). Free of react-query so the entry stays small.

import type { DehydratedState } from '@tanstack/react-query';
import { countImportedFiles } from '../storage/imported-files-store';
import { FIRST_SCREEN_SEED_FILE } from './first-screen-seed';

/** The seed to show, or null: no seed file, a failure, or this browser keeps imported files (the bundled answers would be wrong). */
let pending: Promise<DehydratedState | null> | null = null;

/** Whether this browser keeps imported files; a storage failure means none are kept. */
export async function keepsImportedFiles(): Promise<boolean> {
  // Counted, not read: a kept file's bytes can be tens of megabytes.
  const stored = await countImportedFiles();
  return stored.ok && stored.value > 0;
}

async function fetchSeed(): Promise<DehydratedState | null> {
  const response = await fetch(new URL(FIRST_SCREEN_SEED_FILE, document.baseURI));
  if (!response.ok) return null;
  return (await response.json()) as DehydratedState;
}

/** Starts fetching the seed and checking for imported files (once); never rejects. */
export function fetchFirstScreenSeed(): Promise<DehydratedState | null> {
  pending ??= Promise.all([fetchSeed(), keepsImportedFiles()]).then(
    ([seed, imported]) => (imported ? null : seed),
    () => null,
  );
  return pending;
}

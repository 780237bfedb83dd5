// Starts the download of the first-screen seed and the check for imported files, once, from the entry
// chunk (before React's chunk has loaded). Free of react-query so the entry stays small.

import seedVersion from 'virtual:first-screen-seed-version';
import { countImportedFiles } from '../storage/imported-files-store.ts';
import { FIRST_SCREEN_SEED_FILE, type FirstScreenSeedFile } from './first-screen-seed.ts';

/** A seed to show, and whether it was built with this app. */
export interface FirstScreenSeed {
  readonly file: FirstScreenSeedFile;
  /**
   * Built with this very app (its version is the build's): its answers are the ones the live engine gives for
   * the bundled data. A seed of another build (a cache kept across a deploy) is only shown until they come.
   */
  readonly builtWithThisApp: boolean;
}

/** The seed to show, or null: no seed file, a failure, or this browser keeps imported files (the bundled answers would be wrong). */
let pending: Promise<FirstScreenSeed | null> | null = null;

/** Whether this browser keeps imported files; a storage failure means none are kept. */
export async function keepsImportedFiles(): Promise<boolean> {
  // Counted, not read: a kept file's bytes can be tens of megabytes.
  const stored = await countImportedFiles();
  return stored.ok && stored.value > 0;
}

async function fetchSeed(): Promise<FirstScreenSeed | null> {
  const response = await fetch(new URL(FIRST_SCREEN_SEED_FILE, document.baseURI));
  if (!response.ok) return null;
  const file = (await response.json()) as FirstScreenSeedFile;
  return { file, builtWithThisApp: seedVersion !== null && file.version === seedVersion };
}

/** Starts fetching the seed and checking for imported files (once); never rejects. */
export function fetchFirstScreenSeed(): Promise<FirstScreenSeed | null> {
  pending ??= Promise.all([fetchSeed(), keepsImportedFiles()]).then(
    ([seed, imported]) => (imported ? null : seed),
    () => null,
  );
  return pending;
}

// Starts the download of the first-screen seed's parts and the check for imported files, once, from the entry
// chunk (before React's chunk has loaded). Free of react-query so the entry stays small.

import seedVersion from 'virtual:first-screen-seed-version';
import { countImportedFiles } from '../storage/imported-files-store.ts';
import { seedPartFile, seedPartsIn, type FirstScreenSeedFile, type SeedPart } from './first-screen-seed.ts';

/** A seed to show, and whether it was built with this app. */
export interface FirstScreenSeed {
  /** The parts of the first screen the URL names (first-screen-seed.ts), and their files of answers. */
  readonly parts: readonly SeedPart[];
  readonly files: readonly FirstScreenSeedFile[];
  /** What they were computed from: a part read later is shown only when it has the same. */
  readonly version: string;
  /**
   * Built with this very app (its version is the build's): its answers are the ones the live engine gives for
   * the bundled data. A seed of another build (a cache kept across a deploy) is only shown until they come.
   */
  readonly builtWithThisApp: boolean;
}

/** Whether this browser keeps imported files; a storage failure means none are kept. */
export async function keepsImportedFiles(): Promise<boolean> {
  // Counted, not read: a kept file's bytes can be tens of megabytes.
  const stored = await countImportedFiles();
  return stored.ok && stored.value > 0;
}

const partDownloads = new Map<SeedPart, Promise<FirstScreenSeedFile | null>>();

/** One part of the seed (downloaded once), or null: no such file, a failure (tried again when asked again). */
export function fetchSeedPart(part: SeedPart): Promise<FirstScreenSeedFile | null> {
  let download = partDownloads.get(part);
  if (download === undefined) {
    download = fetch(new URL(seedPartFile(part), document.baseURI))
      .then((response) => (response.ok ? (response.json() as Promise<FirstScreenSeedFile>) : null))
      .catch(() => null);
    partDownloads.set(part, download);
    void download.then((file) => {
      if (file === null) partDownloads.delete(part);
    });
  }
  return download;
}

/** The seed to show, or null: no seed file, a failure, or this browser keeps imported files (the bundled answers would be wrong). */
let pending: Promise<FirstScreenSeed | null> | null = null;

async function fetchSeed(): Promise<FirstScreenSeed | null> {
  const parts = seedPartsIn(window.location.search);
  const downloaded = await Promise.all(parts.map(fetchSeedPart));
  const files = downloaded.filter((file) => file !== null);
  const version = files[0]?.version;
  // All or nothing, as one file was: a page without the header's lists is worse than the engine's loading
  // screen. Nor are parts of two builds (a cache kept across a deploy) shown together.
  if (version === undefined || files.length < parts.length || files.some((file) => file.version !== version))
    return null;
  return { parts, files, version, builtWithThisApp: seedVersion !== null && version === seedVersion };
}

/** Starts fetching the seed's parts for the page's URL and checking for imported files (once); never rejects. */
export function fetchFirstScreenSeed(): Promise<FirstScreenSeed | null> {
  pending ??= Promise.all([fetchSeed(), keepsImportedFiles()]).then(
    ([seed, imported]) => (imported ? null : seed),
    () => null,
  );
  return pending;
}

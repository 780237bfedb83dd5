// The first-screen seed, built once per change of its inputs: `vite build` (the plugin in vite.config.ts) and
// the unit test that checks the seed (tests/prerender/first-screen-seed.test.ts) both read it from here, so a
// CI run computes it once (~20 s alone, much more on a busy 2-core box) instead of once in each.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/server/precompress.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules/.cache/papi-first-screen');

/** What the seed is computed from: the bundled data and this script, the engine, the queries, the Node DuckDB helper. */
const INPUT_DIRS = ['data', 'src', 'tests/helpers'];
/** The engine's and react-query's versions come from here. */
const INPUT_FILES = ['package-lock.json'];

/** Hash of every input file's path (relative, so worktrees and clones share the cache) and bytes. */
export function firstScreenSeedInputsHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...INPUT_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir))),
    ...INPUT_FILES.map((file) => join(ROOT, file)).filter((path) => existsSync(path)),
  ];
  for (const path of files.map((file) => relative(ROOT, file)).sort()) {
    hash.update(path).update(readFileSync(join(ROOT, path)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The seed's JSON: from the cache when its inputs are unchanged, else built and cached. */
export async function cachedFirstScreenSeed(): Promise<string> {
  const cached = join(CACHE_DIR, `${firstScreenSeedInputsHash()}.json`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const { buildFirstScreenSeed } = await import('./build-first-screen-seed.ts');
  const json = await buildFirstScreenSeed();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside then renamed: a reader running at the same time never sees half a file.
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, json);
  renameSync(partial, cached);
  return json;
}

// What the build computes on Node DuckDB from the bundled data (the first-screen seed, the bundled database),
// built once per change of its inputs: `vite build` (the plugins in vite.config.ts) and the unit tests
// that check those outputs both read them from here, so a CI run computes each once (~20 s alone for the
// seed, much more on a busy 2-core box) instead of once in each.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/server/precompress.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules/.cache/papi-build-output');

/** What the outputs are computed from: the bundled data and these scripts, the engine, the SQL, the Node DuckDB helper. */
const INPUT_DIRS = ['data', 'src', 'tests/helpers'];
/** The engine's and react-query's versions come from here. */
const INPUT_FILES = ['package-lock.json'];

/** Hash of every input file's path (relative, so worktrees and clones share the cache) and bytes. */
export function buildInputsHash(): string {
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

/**
 * The files `build` makes (name → content), under `label`: from the cache when the inputs are unchanged, else
 * built and cached. `names`: the files `build` returns, so a cached copy is read without building.
 */
export async function cachedBuildOutput(
  label: string,
  names: readonly string[],
  build: () => Promise<Record<string, string | Uint8Array>>,
): Promise<Record<string, Buffer>> {
  const dir = join(CACHE_DIR, `${buildInputsHash()}-${label}`);
  if (!existsSync(dir)) {
    const files = await build();
    // Written aside then renamed: a reader running at the same time never sees half a folder.
    const partial = `${dir}.${process.pid}.partial`;
    for (const name of names) {
      const content = files[name];
      if (content === undefined) throw new Error(`The ${label} build made no ${name}.`);
      mkdirSync(dirname(join(partial, name)), { recursive: true });
      writeFileSync(join(partial, name), content);
    }
    // Another process may have cached the same output meanwhile: theirs is kept, ours dropped.
    if (existsSync(dir)) rmSync(partial, { recursive: true, force: true });
    else renameSync(partial, dir);
  }
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name))]));
}

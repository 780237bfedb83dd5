// The built app runs DuckDB's exception-handling worker patched (src/server/duckdb-worker-patches.ts): the build
// ships that worker once, patched, and the app's code points at it, not at the stock script. Reads dist/
// (`npx vite build` first); every browser test then runs the app on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DUCKDB_EH_WORKER_PATCHES } from '../../src/server/duckdb-worker-patches.ts';
import { DIST_DIR } from './helpers/server.ts';

const assets = join(DIST_DIR, 'assets');

test('the build ships DuckDB’s exception-handling worker once, patched, and the app starts that one', () => {
  const workers = readdirSync(assets).filter((name) => /^duckdb-browser-eh\.worker-[\w-]+\.js$/.test(name));
  expect(workers).toHaveLength(1);
  const [worker = ''] = workers;
  const script = readFileSync(join(assets, worker), 'utf8');
  // A boolean, so a failure names the patch without printing the whole script.
  for (const patch of DUCKDB_EH_WORKER_PATCHES) expect(script.includes(patch.replace), patch.name).toBe(true);
  const code = readdirSync(assets)
    .filter((name) => name.endsWith('.js') && !name.startsWith('duckdb-browser-'))
    .map((name) => readFileSync(join(assets, name), 'utf8'));
  expect(code.filter((text) => text.includes(worker)).length).toBeGreaterThan(0);
});

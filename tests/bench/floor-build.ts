// Builds the benchmark's floor page (tests/bench/floor) with Vite into tests/.artifacts/bench-floor and
// pre-compresses it like the app, so both are served alike.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { precompressDirectory } from '../../src/server/precompress.ts';
import { ARTIFACTS_DIR } from '../e2e/helpers/server.ts';

export const FLOOR_DIST_DIR = join(ARTIFACTS_DIR, 'bench-floor');

/** Builds the floor page and returns its directory. */
export async function buildFloor(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('./floor/', import.meta.url)),
    base: './',
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
    server: { fs: { allow: [fileURLToPath(new URL('../../', import.meta.url))] } },
    build: { outDir: FLOOR_DIST_DIR, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  await precompressDirectory(FLOOR_DIST_DIR);
  return FLOOR_DIST_DIR;
}

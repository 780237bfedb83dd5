// Builds the benchmark's floor pages with Vite into tests/.artifacts: the floor page (tests/bench/floor),
// pre-compressed like the app so both are served alike, and the JavaScript floor (tests/bench/js-floor), weighed.

import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PluginOption } from 'vite';
import { precompressDirectory } from '../../src/server/precompress.ts';
import { gzipBytes, readBuiltChunks } from '../e2e/helpers/built-chunks.ts';
import { ARTIFACTS_DIR } from '../e2e/helpers/server.ts';

export const FLOOR_DIST_DIR = join(ARTIFACTS_DIR, 'bench-floor');
export const JS_FLOOR_DIST_DIR = join(ARTIFACTS_DIR, 'bench-js-floor');

/** Builds the page in tests/bench/`folder` into `outDir`, as the app builds (base './', es2022). */
export async function buildPage(folder: string, outDir: string, plugins: PluginOption[] = []): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL(`./${folder}/`, import.meta.url)),
    base: './',
    plugins,
    // The DuckDB package ships its own workers and wasm; pre-bundling breaks their relative URLs.
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
}

/** Builds the floor page and returns its directory. */
export async function buildFloor(): Promise<string> {
  await buildPage('floor', FLOOR_DIST_DIR);
  await precompressDirectory(FLOOR_DIST_DIR);
  return FLOOR_DIST_DIR;
}

/** Builds the JavaScript floor page and returns the gzip bytes of all its JavaScript, as the first view's budget counts them. */
export async function buildJsFloor(): Promise<number> {
  // The React plugin, as the app: it keeps TanStack Query's "use client" modules as they are meant.
  await buildPage('js-floor', JS_FLOOR_DIST_DIR, [react()]);
  const chunks = readBuiltChunks(JS_FLOOR_DIST_DIR);
  return gzipBytes(chunks, chunks.code.keys());
}

// Builds the bench's JavaScript floor (tests/bench/js-floor) with Vite into tests/.artifacts/bench-js-floor and
// weighs its JavaScript as the first view's budget counts it (gzip level 9, every chunk).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { ARTIFACTS_DIR } from '../e2e/helpers/server.ts';

export const JS_FLOOR_DIST_DIR = join(ARTIFACTS_DIR, 'bench-js-floor');

/** Builds the JavaScript floor page and returns the gzip bytes of all its JavaScript. */
export async function buildJsFloor(): Promise<number> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('./js-floor/', import.meta.url)),
    base: './',
    plugins: [react()],
    server: { fs: { allow: [fileURLToPath(new URL('../../', import.meta.url))] } },
    build: { outDir: JS_FLOOR_DIST_DIR, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  const assets = join(JS_FLOOR_DIST_DIR, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
}

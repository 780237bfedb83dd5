// Build step (Node only): writes file.br and file.gz next to every compressible file of a built directory,
// so the static server sends them with Content-Encoding. Used by vite.config.ts and by the benchmark for
// its floor page. Compressed bytes are cached by content under node_modules/.cache (brotli of the 33 MB
// wasm takes ~40 s; it rarely changes).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/papi-precompress/', import.meta.url));
const COMPRESSIBLE = /\.(js|mjs|css|html|json|wasm|csv|arrow|svg|txt|webmanifest)$/;
const MIN_BYTES = 1024;

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function cached(bytes: Buffer, kind: 'br' | 'gz', compress: (b: Buffer) => Buffer): Buffer {
  const path = join(CACHE_DIR, `${createHash('sha256').update(bytes).digest('hex')}.${kind}`);
  if (existsSync(path)) return readFileSync(path);
  const out = compress(bytes);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, out);
  return out;
}

/** Brotli: the best quality for small files, quality 9 for the large wasm (11 would take minutes). */
export const brotli = (bytes: Buffer): Buffer =>
  brotliCompressSync(bytes, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: bytes.length > 4_000_000 ? 9 : 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });

export const gzip = (bytes: Buffer): Buffer => gzipSync(bytes, { level: 9 });

/** Writes .br and .gz siblings for the compressible files of `dir`; returns how many files it compressed. */
export function precompressDirectory(dir: string): number {
  let count = 0;
  for (const path of filesUnder(dir).filter((p) => COMPRESSIBLE.test(p))) {
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) continue;
    writeFileSync(`${path}.gz`, cached(bytes, 'gz', gzip));
    writeFileSync(`${path}.br`, cached(bytes, 'br', brotli));
    count += 1;
  }
  return count;
}

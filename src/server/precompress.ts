// Build step (Node only): writes file.br and file.gz next to every compressible file of a built directory,
// so the static server sends them with Content-Encoding. Used by vite.config.ts and by the benchmark for
// its floor page. Compressed bytes are cached by content and settings under node_modules/.cache (brotli of
// the 33 MB wasm files takes ~70 s each; they rarely change).

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip as gzipCallback, gzipSync, constants as zlibConstants } from 'node:zlib';

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

/** `compress`(bytes), from the cache when these bytes were compressed with these `settings` before. */
async function cached(
  bytes: Buffer,
  settings: string,
  compress: (b: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  const path = join(CACHE_DIR, `${createHash('sha256').update(bytes).digest('hex')}.${settings}`);
  if (existsSync(path)) return readFileSync(path);
  const out = await compress(bytes);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, out);
  return out;
}

/**
 * Brotli's window (log2 bytes) for a file: its default, 4 MiB, unless the file is larger, then the largest the
 * format has, 16 MiB, which every browser's decoder takes. DuckDB's 33 MB wasm repeats code further back than 4
 * MiB: at quality 11 it shrank from 5.92 MB (quality 9, the default window, what the build wrote before) to 5.07 MB,
 * 0.85 MB less on every first visit, for ~70 s of a build with an empty cache (6 December 2026).
 */
const brotliWindowBits = (size: number): number =>
  size > 1 << zlibConstants.BROTLI_DEFAULT_WINDOW
    ? zlibConstants.BROTLI_MAX_WINDOW_BITS
    : zlibConstants.BROTLI_DEFAULT_WINDOW;

const BROTLI_QUALITY = zlibConstants.BROTLI_MAX_QUALITY;

const brotliOptions = (bytes: Buffer) => ({
  params: {
    [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [zlibConstants.BROTLI_PARAM_LGWIN]: brotliWindowBits(bytes.length),
    [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
});

/** The cache's name for the brotli settings of `bytes`. */
const brotliSettings = (bytes: Buffer): string => `br-q${BROTLI_QUALITY}-w${brotliWindowBits(bytes.length)}`;

export const gzip = (bytes: Buffer): Buffer => gzipSync(bytes, { level: 9 });

// The same compressions on libuv's thread pool, so all files compress at once on every core (one after another,
// at brotli's quality 9 for the wasm, they took ~24 s of a cold build on a 2-core machine; the two wasm files now
// take most of a cold build).
const brotliAsync = (bytes: Buffer): Promise<Buffer> =>
  promisify(brotliCompress)(bytes, brotliOptions(bytes));
const gzipAsync = (bytes: Buffer): Promise<Buffer> => promisify(gzipCallback)(bytes, { level: 9 });

/** Writes .br and .gz siblings for the compressible files of `dir`; resolves to how many files it compressed. */
export async function precompressDirectory(dir: string): Promise<number> {
  const paths = filesUnder(dir).filter((p) => COMPRESSIBLE.test(p));
  // Largest first, so the wasm files do not start last and leave the other threads idle at the end.
  const sized = paths
    .map((path) => ({ path, bytes: readFileSync(path) }))
    .filter(({ bytes }) => bytes.length >= MIN_BYTES)
    .sort((a, b) => b.bytes.length - a.bytes.length);
  await Promise.all(
    sized.map(async ({ path, bytes }) => {
      const [gz, br] = await Promise.all([
        cached(bytes, 'gz', gzipAsync),
        cached(bytes, brotliSettings(bytes), brotliAsync),
      ]);
      writeFileSync(`${path}.gz`, gz);
      writeFileSync(`${path}.br`, br);
    }),
  );
  return sized.length;
}

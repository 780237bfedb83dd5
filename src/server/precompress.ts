// Build step (Node only): writes file.br and file.gz next to every compressible file of a built directory,
// so the static server sends them with Content-Encoding. Used by vite.config.ts and by the benchmark for
// its floor page. Compressed bytes are cached by content and settings under node_modules/.cache (brotli of
// the 33 MB wasm files takes ~70 s each, one per core; they rarely change, but a fresh clone, as CI's, pays it).

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip as gzipCallback, gzipSync, constants as zlibConstants } from 'node:zlib';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/papi-precompress/', import.meta.url));
const COMPRESSIBLE = /\.(js|mjs|css|html|json|wasm|csv|duckdb|svg|txt|webmanifest)$/;
const MIN_BYTES = 1024;

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** How one kind of copy is made: its name in the cache (what it depends on) and the compression. */
interface Compression {
  readonly settings: string;
  readonly compress: (bytes: Buffer) => Promise<Buffer>;
}

/** `compression` of `bytes`, from `cacheDir` when the same bytes were compressed the same way before. */
async function cached(bytes: Buffer, { settings, compress }: Compression, cacheDir: string): Promise<Buffer> {
  const path = join(cacheDir, `${createHash('sha256').update(bytes).digest('hex')}.${settings}`);
  if (existsSync(path)) return readFileSync(path);
  const out = await compress(bytes);
  mkdirSync(cacheDir, { recursive: true });
  // Renamed into place: a build stopped mid-write leaves no cut-off copy for the next build to ship.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, out);
  renameSync(partial, path);
  return out;
}

/**
 * Brotli's window (log2 bytes) for a file of `size` bytes: its default, 4 MiB, unless the file is larger, then the
 * largest the format has, 16 MiB, which every browser's decoder takes (RFC 7932). DuckDB's 33 MB wasm repeats code
 * further back than 4 MiB: at quality 11 it shrank from 5.92 MB (quality 9, the default window, what the build
 * wrote before) to 5.07 MB, 0.85 MB less on every first visit, for ~60 s more of a build with an empty cache
 * (6 December 2026).
 */
export const brotliWindowBits = (size: number): number =>
  size > 1 << zlibConstants.BROTLI_DEFAULT_WINDOW
    ? zlibConstants.BROTLI_MAX_WINDOW_BITS
    : zlibConstants.BROTLI_DEFAULT_WINDOW;

/** Brotli at its best quality, with the window above; the cache's name is made of the same settings. */
function brotli(bytes: Buffer): Compression {
  const quality = zlibConstants.BROTLI_MAX_QUALITY;
  const windowBits = brotliWindowBits(bytes.length);
  const params = {
    [zlibConstants.BROTLI_PARAM_QUALITY]: quality,
    [zlibConstants.BROTLI_PARAM_LGWIN]: windowBits,
    [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  };
  // On libuv's thread pool, so all files compress at once on every core.
  return {
    settings: `br-q${quality}-w${windowBits}`,
    compress: (b) => promisify(brotliCompress)(b, { params }),
  };
}

const GZIP_LEVEL = 9;

export const gzip = (bytes: Buffer): Buffer => gzipSync(bytes, { level: GZIP_LEVEL });

const GZIP: Compression = {
  settings: 'gz',
  compress: (bytes) => promisify(gzipCallback)(bytes, { level: GZIP_LEVEL }),
};

/**
 * Writes .br and .gz siblings for the compressible files of `dir`; resolves to how many files it compressed.
 * `cacheDir`: where compressed copies are kept between builds (by content and settings).
 */
export async function precompressDirectory(dir: string, cacheDir = CACHE_DIR): Promise<number> {
  const paths = filesUnder(dir).filter((p) => COMPRESSIBLE.test(p));
  // Largest first, so the wasm files do not start last and leave the other threads idle at the end.
  const sized = paths
    .map((path) => ({ path, bytes: readFileSync(path) }))
    .filter(({ bytes }) => bytes.length >= MIN_BYTES)
    .sort((a, b) => b.bytes.length - a.bytes.length);
  await Promise.all(
    sized.map(async ({ path, bytes }) => {
      const [gz, br] = await Promise.all([
        cached(bytes, GZIP, cacheDir),
        cached(bytes, brotli(bytes), cacheDir),
      ]);
      writeFileSync(`${path}.gz`, gz);
      writeFileSync(`${path}.br`, br);
    }),
  );
  return sized.length;
}

// The build's pre-compressed files, as the static server sends them: each .br and .gz holds the file's own bytes, and
// a file larger than brotli's default window (DuckDB's wasm) is compressed with the largest one, so what repeats
// further back than 4 MiB is sent once. Each test compresses into a cache of its own (never the build's).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliWindowBits, precompressDirectory } from '../../src/server/precompress.ts';

const MIB = 1024 * 1024;

/** `length` bytes that do not compress (xorshift32 from `seed`). */
function incompressible(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const root = mkdtempSync(join(tmpdir(), 'papi-precompress-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A new folder holding `files`, and a new empty cache. */
function builtFolder(files: Record<string, Buffer | string>): { dir: string; cache: string } {
  const dir = mkdtempSync(join(root, 'dist-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return { dir, cache: mkdtempSync(join(root, 'cache-')) };
}

describe('precompressDirectory', () => {
  it('writes .br and .gz copies that decompress to each file, and leaves small and other files alone', async () => {
    const script = Buffer.from('export const answer = 42;\n'.repeat(200));
    const { dir, cache } = builtFolder({
      'chunk.js': script,
      'tiny.js': 'x',
      'picture.png': incompressible(4096, 7),
    });
    expect(await precompressDirectory(dir, cache)).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, 'chunk.js.br')))).toEqual(script);
    expect(gunzipSync(readFileSync(join(dir, 'chunk.js.gz')))).toEqual(script);
    expect(() => readFileSync(join(dir, 'tiny.js.br'))).toThrow();
    expect(() => readFileSync(join(dir, 'picture.png.br'))).toThrow();
  });

  it('sends once what a file past 4 MiB repeats 4.25 MB further on, beyond brotli’s default window', async () => {
    const block = incompressible(4_250_000, 2_463_534_242);
    const repeated = block.subarray(0, 150_000);
    const large = Buffer.concat([block, repeated]);
    const { dir, cache } = builtFolder({ 'engine.wasm': large });
    await precompressDirectory(dir, cache);
    const br = readFileSync(join(dir, 'engine.wasm.br'));
    // With the default window the repeated 150 KB cost their full size again.
    expect(br.length).toBeLessThan(block.length + repeated.length / 2);
    expect(brotliDecompressSync(br).equals(large)).toBe(true);
  }, 120_000);

  it('keeps brotli’s default window up to 4 MiB and takes its largest beyond', () => {
    expect(brotliWindowBits(4 * MIB)).toBe(22);
    expect(brotliWindowBits(4 * MIB + 1)).toBe(24);
    expect(brotliWindowBits(34_242_586)).toBe(24);
  });
});

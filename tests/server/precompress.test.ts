// The build's pre-compressed files, as the static server sends them: each .br and .gz holds the file's own bytes, and
// a file larger than brotli's default window (DuckDB's wasm) is compressed with the largest one, so what repeats
// further back than 4 MiB is sent once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../src/server/precompress.ts';

/** `length` bytes that do not compress, the same every run (so the compressed cache serves later runs). */
function incompressible(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), 'papi-precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDirectory', () => {
  it('writes .br and .gz copies that decompress to each file, and leaves small and other files alone', async () => {
    const script = Buffer.from('export const answer = 42;\n'.repeat(200));
    writeFileSync(join(dir, 'chunk.js'), script);
    writeFileSync(join(dir, 'tiny.js'), 'x');
    writeFileSync(join(dir, 'picture.png'), incompressible(4096, 7));
    expect(await precompressDirectory(dir)).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, 'chunk.js.br')))).toEqual(script);
    expect(gunzipSync(readFileSync(join(dir, 'chunk.js.gz')))).toEqual(script);
    expect(() => readFileSync(join(dir, 'tiny.js.br'))).toThrow();
    expect(() => readFileSync(join(dir, 'picture.png.br'))).toThrow();
  });

  it('sends once what a large file repeats 4.5 MB further on, past brotli’s default window', async () => {
    const block = incompressible(4_500_000, 2_463_534_242);
    const large = Buffer.concat([block, block]);
    const wasmDir = mkdtempSync(join(dir, 'wasm-'));
    writeFileSync(join(wasmDir, 'engine.wasm'), large);
    await precompressDirectory(wasmDir);
    const br = readFileSync(join(wasmDir, 'engine.wasm.br'));
    expect(br.length).toBeLessThan(block.length * 1.01);
    expect(brotliDecompressSync(br).equals(large)).toBe(true);
  }, 120_000);
});

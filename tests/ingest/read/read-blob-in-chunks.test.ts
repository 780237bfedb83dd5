import { describe, expect, it } from 'vitest';
import { BLOB_SLICE_BYTES, readBlobInChunks } from '../../../src/ingest/read/read-blob-in-chunks.ts';

/** Bytes that differ at every position mod 251, so a slice put in the wrong place shows. */
const patterned = (length: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = index % 251;
  return bytes;
};

/** Byte for byte (expect's deep equality walks megabytes one element at a time). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

describe('readBlobInChunks', () => {
  it('gives back every byte of a file over several slices, its progress rising to the whole size', async () => {
    const bytes = patterned(2 * BLOB_SLICE_BYTES + 12_345);
    const heard: number[] = [];
    const read = await readBlobInChunks(new Blob([bytes]), (n) => heard.push(n));
    expect(read.length).toBe(bytes.length);
    expect(same(read, bytes)).toBe(true);
    expect(heard.length).toBe(3);
    expect(heard.at(-1)).toBe(bytes.length);
    expect([...heard].sort((a, b) => a - b)).toEqual(heard);
  });

  it('an empty file is empty bytes', async () => {
    expect(await readBlobInChunks(new Blob([]))).toEqual(new Uint8Array(0));
  });

  it('stops with the signal’s reason once aborted (cancel while reading)', async () => {
    const controller = new AbortController();
    const reading = readBlobInChunks(
      new Blob([patterned(3 * BLOB_SLICE_BYTES)]),
      () => controller.abort(new Error('cancelled by the user')),
      controller.signal,
    );
    await expect(reading).rejects.toThrow('cancelled by the user');
  });
});

// What a downloaded PNG is, read from its bytes.
import { expect } from 'vitest';

/** Width and height from a PNG's IHDR chunk (fails the test when the bytes are not a PNG). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii'), 'PNG signature').toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

import { describe, expect, it } from 'vitest';
import { bytesToMegabytes, downloadPercent } from '../../src/db/download-progress.ts';

const MB = 1024 * 1024;

describe('downloadPercent', () => {
  it('gives the whole percent downloaded (17.5 of 32.7 MB is 53 %)', () => {
    expect(downloadPercent({ bytesLoaded: 17.5 * MB, bytesTotal: 32.7 * MB })).toBe(53);
  });

  it('reads 100 only once every byte has arrived', () => {
    expect(downloadPercent({ bytesLoaded: 32.7 * MB - 1, bytesTotal: 32.7 * MB })).toBe(99);
    expect(downloadPercent({ bytesLoaded: 32.7 * MB, bytesTotal: 32.7 * MB })).toBe(100);
  });

  it('has no percent while the size is unknown (no bar rather than a false one)', () => {
    expect(downloadPercent(null)).toBeNull();
    expect(downloadPercent({ bytesLoaded: 5 * MB, bytesTotal: 0 })).toBeNull();
  });

  it('stays within 0-100 when the server reports more bytes than announced', () => {
    expect(downloadPercent({ bytesLoaded: 40 * MB, bytesTotal: 32.7 * MB })).toBe(100);
  });
});

describe('bytesToMegabytes', () => {
  it('counts megabytes of 1024 × 1024 bytes', () => {
    expect(bytesToMegabytes(32.7 * MB)).toBeCloseTo(32.7, 10);
  });
});

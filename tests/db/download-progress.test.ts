import { describe, expect, it } from 'vitest';
import {
  bytesToMegabytes,
  downloadPercent,
  PROGRESS_STEP_MS,
  progressWorthShowing,
} from '../../src/db/download-progress.ts';

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

describe('progressWorthShowing', () => {
  const total = 32.7 * MB;
  const at = (mb: number, bytesTotal = total) => ({ bytesLoaded: mb * MB, bytesTotal });
  const shownAt = (mb: number, time: number, bytesTotal = total) => ({
    progress: at(mb, bytesTotal),
    at: time,
  });

  it('shows the first report', () => {
    expect(progressWorthShowing(null, at(0.1), 0)).toBe(true);
  });

  it('holds a new percent until a step has passed since the last one shown', () => {
    expect(progressWorthShowing(shownAt(5, 1000), at(9), 1000 + PROGRESS_STEP_MS - 1)).toBe(false);
    expect(progressWorthShowing(shownAt(5, 1000), at(9), 1000 + PROGRESS_STEP_MS)).toBe(true);
  });

  it('does not move the bar when neither the percent nor the whole megabytes changed, however long after', () => {
    // 5.00 and 5.01 MB of 32.7 are both 15 %.
    expect(progressWorthShowing(shownAt(5, 0), at(5.01), 10_000)).toBe(false);
  });

  it('always shows the complete download, so the bar never stops short of 100 %', () => {
    expect(progressWorthShowing(shownAt(32.6, 1000), at(32.7), 1001)).toBe(true);
  });

  it('never moves the bar back: a report of fewer bytes than shown, however long after, is dropped', () => {
    expect(progressWorthShowing(shownAt(32.7, 1000), at(32.2), 1000 + 10 * PROGRESS_STEP_MS)).toBe(false);
  });

  it('moves by whole megabytes while the size is unknown', () => {
    expect(progressWorthShowing(shownAt(5.2, 0, 0), at(5.9, 0), 1000)).toBe(false);
    expect(progressWorthShowing(shownAt(5.2, 0, 0), at(6.1, 0), 1000)).toBe(true);
  });
});

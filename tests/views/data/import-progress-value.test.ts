// The import's progress bar moves forward through reading, checking and applying, and never past full.
import { describe, expect, it } from 'vitest';
import { importProgressValue } from '../../../src/views/data/import-progress-value.ts';

describe('importProgressValue', () => {
  it('fills as the bytes are read, then moves on at each later stage', () => {
    const values = [
      importProgressValue('reading', 0),
      importProgressValue('reading', 0.3),
      importProgressValue('reading', 1),
      importProgressValue('checking', 1),
      importProgressValue('applying', 1),
    ];
    for (let index = 1; index < values.length; index += 1) {
      expect(values[index]).toBeGreaterThan(values[index - 1] ?? 1);
    }
    expect(values[0]).toBe(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('keeps an odd read share inside the reading part', () => {
    expect(importProgressValue('reading', 2)).toBe(importProgressValue('reading', 1));
    expect(importProgressValue('reading', -1)).toBe(0);
  });
});

import { describe, expect, test } from 'vitest';
import { budgetRow, benchJsonReplacer } from './bench-kit.ts';
import { worstRatio } from './worst-ratio.ts';

describe('worstRatio: the first figures judged on the worst run', () => {
  test('is the largest of the per-run ratios', () => {
    const runs = [
      { app: 1000, floor: 4000 },
      { app: 1500, floor: 3000 },
      { app: 900, floor: 3600 },
    ];
    expect(worstRatio(runs)).toBeCloseTo(0.5);
  });

  test('a run in which the app never showed its figures is the worst possible, not a missing figure', () => {
    const value = worstRatio([
      { app: 1000, floor: 4000 },
      { app: null, floor: 3000 },
    ]);
    expect(value).toBe(Infinity);
    const row = budgetRow({ name: 'first figures (worst run)', value, limit: 0.35, unit: 'x floor' });
    expect(row[1]).toMatch(/missed/);
    expect(row[3]).toMatch(/^not met/);
    expect(JSON.parse(JSON.stringify({ value }, benchJsonReplacer))).toEqual({ value: 'missed' });
  });

  test('a run whose floor did not draw cannot be judged and is left out', () => {
    expect(worstRatio([{ app: 1000, floor: null }])).toBeNull();
    expect(
      worstRatio([
        { app: 1000, floor: null },
        { app: 1000, floor: 4000 },
      ]),
    ).toBeCloseTo(0.25);
  });
});

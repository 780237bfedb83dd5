import { describe, expect, it } from 'vitest';
import { parseDimensionTargets, resolveTargetValue } from '../../src/domain/dimension-target.ts';

describe('dimension targets', () => {
  const cuts = { nationalMedian: 5.33, p75: 5.53 };

  it('resolves to the national median, the high group threshold, or the number set', () => {
    expect(resolveTargetValue({ kind: 'median' }, cuts)).toBe(5.33);
    expect(resolveTargetValue({ kind: 'high' }, cuts)).toBe(5.53);
    expect(resolveTargetValue({ kind: 'value', value: 6.5 }, cuts)).toBe(6.5);
  });

  it('keeps only valid stored targets keyed by a dimension code (old or tampered storage is dropped)', () => {
    expect(
      parseDimensionTargets({
        '2': { kind: 'median' },
        '3': { kind: 'value', value: 12 },
        '4': { kind: 'value', value: '5' },
        '5': { kind: 'high' },
        total: { kind: 'median' },
        '6': null,
      }),
    ).toEqual({ '2': { kind: 'median' }, '5': { kind: 'high' } });
    expect(parseDimensionTargets(undefined)).toEqual({});
  });
});

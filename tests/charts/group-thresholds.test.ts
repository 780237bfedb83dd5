import { describe, expect, it } from 'vitest';
import { describeGroupThresholds } from '../../src/charts/group-thresholds.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';

const cuts = { p25: 36.12, p50: 38, p75: 39.5 };

describe('describeGroupThresholds', () => {
  it('names each cut by the two groups it separates, a total on a cut in the upper group (vi)', () => {
    expect(describeGroupThresholds(cuts, createI18n('vi'))).toBe(
      'Thấp < 36,12 ≤ Trung bình thấp < 38,00 ≤ Trung bình cao < 39,50 ≤ Cao',
    );
  });

  it('speaks English and never says p25/p50/p75', () => {
    const text = describeGroupThresholds(cuts, createI18n('en'));
    expect(text).toBe('Low < 36.12 ≤ Lower-middle < 38.00 ≤ Upper-middle < 39.50 ≤ High');
    expect(text).not.toMatch(/p\d\d/);
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { formatPeriod } from '../../src/i18n/format.ts';

describe('formatPeriod', () => {
  it.each([
    ['2025-Q4', 'Quý IV/2025', 'Q4 2025'],
    ['2025-Q1', 'Quý I/2025', 'Q1 2025'],
    ['2024-q3', 'Quý III/2024', 'Q3 2024'],
    ['2025-H1', '6 tháng đầu năm 2025', 'H1 2025'],
    ['2025-H2', '6 tháng cuối năm 2025', 'H2 2025'],
    ['2025-09', 'Tháng 9/2025', 'Sep 2025'],
    ['2025-12', 'Tháng 12/2025', 'Dec 2025'],
    ['2025', 'Năm 2025', '2025'],
    [' 2024-Q2 ', 'Quý II/2024', 'Q2 2024'],
  ])('writes %j as offices write it: %j (vi), %j (en)', (period, vi, en) => {
    expect(formatPeriod(period, 'vi')).toBe(vi);
    expect(formatPeriod(period, 'en')).toBe(en);
  });

  it.each(['2025-Q5', '2025-13', 'Quý IV/2025', ''])(
    'returns a label it cannot read (%j) unchanged',
    (period) => {
      expect(formatPeriod(period, 'vi')).toBe(period);
      expect(formatPeriod(period, 'en')).toBe(period);
    },
  );

  it('is on the i18n object, bound to its language', () => {
    expect(createI18n('vi').formatPeriod('2025-Q4')).toBe('Quý IV/2025');
    expect(createI18n('en').formatPeriod('2025-H1')).toBe('H1 2025');
  });
});

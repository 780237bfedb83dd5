// A dimension's target as the leader reads it: a median or high target is a group cut, judged as the light beside
// it is (on the unrounded scores); a typed number is judged as written, at two decimals. Never "còn 0,00".
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BriefingDimensionFacts } from '../../../src/domain/briefing/briefing-facts.ts';
import type { DimensionTargets } from '../../../src/domain/dimension-target.ts';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';
import { TrafficLights } from '../../../src/views/overview/traffic-lights.tsx';

const dimension = (score: number, nationalMedian: number): BriefingDimensionFacts => ({
  indicator: '3',
  name: { vi: 'Công khai, minh bạch', en: 'Transparency' },
  score,
  change: null,
  nationalMedian,
  p25: nationalMedian - 0.3,
  p75: nationalMedian + 0.3,
  gapToMedian: score - nationalMedian,
  group: score >= nationalMedian ? 'upper_middle' : 'lower_middle',
  rank: 30,
  scoredCount: 63,
});

const targetText = (lang: 'vi' | 'en', row: BriefingDimensionFacts, targets: DimensionTargets): string => {
  const html = renderToStaticMarkup(
    createElement(I18nProvider, {
      lang,
      children: createElement(TrafficLights, { year: 2024, dimensions: [row], targets }),
    }),
  );
  return /data-testid="light-target">([^<]*)</.exec(html)?.[1] ?? '';
};

describe('TrafficLights target', () => {
  it('a median target a hair above the score is not reached, as the amber light says, and is 0,01 away (never 0,00)', () => {
    // The median 5.1249 and the score 5.1201 are both written "5,12"; the score is below the median, so the row is
    // in the lower-middle group (amber), and the text agrees.
    const row = dimension(5.1201, 5.1249);
    expect(row.group).toBe('lower_middle');
    expect(targetText('vi', row, { '3': { kind: 'median' } })).toBe('Mục tiêu 5,12: còn 0,01');
    expect(targetText('en', row, { '3': { kind: 'median' } })).toBe('Target 5.12: 0.01 to go');
  });

  it('a target typed as 5,12 is reached by a score written 5,12, though it is 5.1199', () => {
    expect(targetText('vi', dimension(5.1199, 4.8), { '3': { kind: 'value', value: 5.12 } })).toBe(
      'Đạt mục tiêu 5,12',
    );
  });

  it('a typed target one hundredth above the score still has its 0,01 points to go', () => {
    expect(targetText('vi', dimension(5.1249, 5.5), { '3': { kind: 'value', value: 5.13 } })).toBe(
      'Mục tiêu 5,13: còn 0,01',
    );
  });

  it('a score at or above the high group cut has reached a high target', () => {
    expect(targetText('en', dimension(6.2, 5.5), { '3': { kind: 'high' } })).toBe('Target 5.80 reached');
    expect(targetText('en', dimension(5.8, 5.5), { '3': { kind: 'high' } })).toBe('Target 5.80 reached');
  });
});

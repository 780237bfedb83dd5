// A dimension's target is judged as the leader reads it: score and target at the published two decimals.
// A score written "5,12" next to a target written "5,12" has reached it; it never shows "còn 0,00".
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
  it('a median target met at the published precision is reached, though the median is a hair higher', () => {
    // The median 5.1249 is written "5,12"; so is the score 5.1201.
    expect(targetText('vi', dimension(5.1201, 5.1249), { '3': { kind: 'median' } })).toBe(
      'Đạt mục tiêu 5,12',
    );
    expect(targetText('en', dimension(5.1201, 5.1249), { '3': { kind: 'median' } })).toBe(
      'Target 5.12 reached',
    );
  });

  it('a target one hundredth above the score still has its 0,01 points to go', () => {
    expect(targetText('vi', dimension(5.1249, 5.5), { '3': { kind: 'value', value: 5.13 } })).toBe(
      'Mục tiêu 5,13: còn 0,01',
    );
  });

  it('a score above the target has reached it', () => {
    expect(targetText('en', dimension(6.2, 5.5), { '3': { kind: 'high' } })).toBe('Target 5.80 reached');
  });
});

import { describe, expect, it } from 'vitest';
import { buildSegmentMarks, segmentLabel } from '../../../src/charts/total-trend/trend-marks.ts';
import { splitComparableSegments } from '../../../src/charts/total-trend/trend-segments.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { makeTrendPoints } from '../trend-fixture.ts';

const vi = createI18n('vi');
const layout = { plotWidthPx: 880, axisSpanYears: 13 };

describe('segment labels and marks', () => {
  it('labels each segment with its years and the number of dimensions its rows have', () => {
    const segments = splitComparableSegments(makeTrendPoints());
    expect(segmentLabel(segments, 0, vi)).toBe('2011–2017: 6 chỉ số');
    expect(segmentLabel(segments, 1, vi)).toBe('Từ 2018: 8 chỉ số');
    expect(segmentLabel(segments, 1, createI18n('en'))).toBe('From 2018: 8 dimensions');
  });

  it('draws a rule at the first year of every segment but the first', () => {
    const segments = splitComparableSegments(makeTrendPoints());
    expect(buildSegmentMarks(segments, 0, vi, layout).markLine).toBeUndefined();
    expect(buildSegmentMarks(segments, 1, vi, layout).markLine?.data).toEqual([{ xAxis: '2018' }]);
  });

  it('draws no marks when the whole trend is one comparable segment', () => {
    const points = makeTrendPoints().map((p) => ({ ...p, comparableWithPrevious: p.year !== 2011 }));
    expect(buildSegmentMarks(splitComparableSegments(points), 0, vi, layout)).toEqual({});
  });

  it('writes a period’s label only where it has room for it, keeping the rule at its first year', () => {
    const segments = splitComparableSegments(makeTrendPoints());
    const shown = (plotWidthPx: number) =>
      [0, 1]
        .map((index) => buildSegmentMarks(segments, index, vi, { plotWidthPx, axisSpanYears: 13 }))
        .map((marks) => marks.markArea?.label?.show);
    // 13 years over 880 px: each period has ~400 px; over 180 px (a phone beside end labels) ~75 px, too narrow.
    expect(shown(880)).toEqual([true, true]);
    expect(shown(180)).toEqual([false, false]);
    expect(
      buildSegmentMarks(segments, 1, vi, { plotWidthPx: 180, axisSpanYears: 13 }).markLine?.data,
    ).toEqual([{ xAxis: '2018' }]);
  });

  it('names a one-year segment by its year', () => {
    const points = makeTrendPoints().map((p) => ({
      ...p,
      comparableWithPrevious: ![2011, 2015, 2016].includes(p.year),
    }));
    expect(segmentLabel(splitComparableSegments(points), 1, vi)).toBe('2015: 6 chỉ số');
  });
});

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

  it('names a one-year segment by its year', () => {
    const points = makeTrendPoints().map((p) => ({
      ...p,
      comparableWithPrevious: ![2011, 2015, 2016].includes(p.year),
    }));
    expect(segmentLabel(splitComparableSegments(points), 1, vi)).toBe('2015: 6 chỉ số');
  });
});

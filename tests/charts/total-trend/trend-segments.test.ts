import { describe, expect, it } from 'vitest';
import {
  listAxisYears,
  segmentValues,
  splitComparableSegments,
} from '../../../src/charts/total-trend/trend-segments.ts';
import { makeTrendPoints } from '../trend-fixture.ts';

/** Six dimensions every year, but the rows say 2015 is not comparable with 2014. */
const breakAt2015 = () =>
  makeTrendPoints()
    .filter((p) => p.year <= 2017)
    .map((p) => ({ ...p, comparableWithPrevious: p.year !== 2011 && p.year !== 2015 }));

describe('splitComparableSegments', () => {
  it('starts a new segment wherever a row is not comparable with the year before, whatever the year', () => {
    const segments = splitComparableSegments(breakAt2015());
    expect(segments.map((s) => [s.firstYear, s.lastYear, s.dimensionCount])).toEqual([
      [2011, 2014, 6],
      [2015, 2017, 6],
    ]);
  });

  it('splits the fixture at 2018, where the rows change from 6 to 8 dimensions', () => {
    const segments = splitComparableSegments(makeTrendPoints());
    expect(segments.map((s) => [s.firstYear, s.lastYear, s.dimensionCount])).toEqual([
      [2011, 2017, 6],
      [2018, 2024, 8],
    ]);
  });

  it('keeps one segment when every year is comparable, and reads the rows in year order', () => {
    const points = makeTrendPoints()
      .map((p) => ({ ...p, comparableWithPrevious: p.year !== 2011 }))
      .reverse();
    const segments = splitComparableSegments(points);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.points.map((p) => p.year)).toEqual(listAxisYears(points));
  });

  it('has no segment without rows', () => {
    expect(splitComparableSegments([])).toEqual([]);
    expect(listAxisYears([])).toEqual([]);
  });
});

describe('segmentValues', () => {
  it('gives a value for the segment’s own years only, null elsewhere and where a score is missing', () => {
    const points = makeTrendPoints();
    const [early] = splitComparableSegments(points);
    if (early === undefined) throw new Error('no segment');
    const values = segmentValues(listAxisYears(points), early, (p) => p.score);
    expect(values).toHaveLength(14);
    expect(values[2]).toBeNull(); // 2013: no score
    expect(values[6]).not.toBeNull(); // 2017
    expect(values.slice(7).every((v) => v === null)).toBe(true); // 2018-2024 belong to the next segment
  });
});

import type { TotalTrendPoint } from '../../src/domain/types.ts';

/** A made-up but plausible province trend: 6 dimensions to 2017, 8 from 2018 (not comparable), no score in 2013. */
export function makeTrendPoints(): TotalTrendPoint[] {
  const points: TotalTrendPoint[] = [];
  for (let year = 2011; year <= 2024; year += 1) {
    const eight = year >= 2018;
    const median = eight ? 43 + (year - 2018) * 0.3 : 35.5 + (year - 2011) * 0.2;
    points.push({
      year,
      dimensionCount: eight ? 8 : 6,
      // As the query derives it: the first year has no previous one, 2018 changes the number of dimensions.
      comparableWithPrevious: year !== 2011 && year !== 2018,
      score: year === 2013 ? null : median - 2 + ((year * 7) % 5) * 0.3,
      rank: year === 2013 ? null : 50 + (year % 9),
      scoredCount: year === 2023 ? 61 : 63,
      nationalMedian: median,
      nationalMin: median - 5,
      nationalMax: median + 6,
      p25: median - 1.5,
      p50: median,
      p75: median + 1.6,
    });
  }
  const last = points.at(-1);
  if (last !== undefined) Object.assign(last, { score: 40.54, rank: 58, scoredCount: 61 });
  return points;
}

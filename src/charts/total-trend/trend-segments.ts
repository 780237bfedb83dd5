// Splits a trend into runs of comparable years: a new run starts wherever a row says it is not comparable
// with the year before (decided once, from the data, by the query), so no line ever joins two runs.
import type { TotalTrendPoint } from '../../domain/types.ts';

/** A run of years whose totals are defined the same way. */
export interface TrendSegment {
  firstYear: number;
  lastYear: number;
  /** Dimensions that make up the total in this run (from the rows). */
  dimensionCount: number;
  points: readonly TotalTrendPoint[];
}

/** The rows in year order, cut before every row that is not comparable with its previous year. */
export function splitComparableSegments(points: readonly TotalTrendPoint[]): TrendSegment[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const runs: TotalTrendPoint[][] = [];
  for (const point of sorted) {
    const current = runs.at(-1);
    if (current === undefined || !point.comparableWithPrevious) runs.push([point]);
    else current.push(point);
  }
  return runs.flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    if (first === undefined || last === undefined) return [];
    return [
      { firstYear: first.year, lastYear: last.year, dimensionCount: first.dimensionCount, points: run },
    ];
  });
}

/** Every year from the first to the last row, so a year without a row shows as a gap, not a shortcut. */
export function listAxisYears(points: readonly TotalTrendPoint[]): number[] {
  if (points.length === 0) return [];
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One value per axis year: `pick` of the segment's row that year, null outside the segment or where missing. */
export function segmentValues(
  years: readonly number[],
  segment: TrendSegment,
  pick: (point: TotalTrendPoint) => number | null,
): (number | null)[] {
  const byYear = new Map(segment.points.map((p) => [p.year, p]));
  return years.map((year) => {
    const point = byYear.get(year);
    return point === undefined ? null : pick(point);
  });
}

// What the totals chart draws: each entry's total per year, cut into segments wherever the series breaks
// (the year does not compare with the one before, by total_standing's rule, or a year is missing).
import type { CompareEntry } from './compare-entries.ts';

/** One entry's total in one year. */
export interface CompareTotalPoint {
  entryCode: string;
  year: number;
  total: number;
  /** total_standing's comparable_with_previous: false where the line must break. */
  comparableWithPrevious: boolean;
}

export interface CompareTotalsSettings {
  entries: readonly CompareEntry[];
  source?: string | undefined;
}

/** An entry's points in year order, cut where a point does not continue the one before. */
export function totalSegments(rows: readonly CompareTotalPoint[], entryCode: string): CompareTotalPoint[][] {
  const points = rows.filter((row) => row.entryCode === entryCode).sort((a, b) => a.year - b.year);
  const segments: CompareTotalPoint[][] = [];
  let previous: CompareTotalPoint | undefined;
  for (const point of points) {
    const continues =
      previous !== undefined && previous.year === point.year - 1 && point.comparableWithPrevious;
    const current = segments[segments.length - 1];
    if (continues && current !== undefined) current.push(point);
    else segments.push([point]);
    previous = point;
  }
  return segments;
}

/** Years in which some entry's line breaks although it was scored the year before (a definition change). */
export function breakYears(rows: readonly CompareTotalPoint[]): number[] {
  const scored = new Set(rows.map((row) => `${row.entryCode}|${row.year}`));
  const years = rows
    .filter((row) => !row.comparableWithPrevious && scored.has(`${row.entryCode}|${row.year - 1}`))
    .map((row) => row.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Every year from the first to the last scored, for the category axis. */
export function axisYears(rows: readonly CompareTotalPoint[]): number[] {
  if (rows.length === 0) return [];
  const years = rows.map((row) => row.year);
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

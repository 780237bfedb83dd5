// The data of one small multiple (a dimension's scores and its tasks' completion) and the rules that place
// it on a time axis: a score at mid-year of its survey year, a period's completion at the period's last day.
import type { TargetLine } from '../target-line.ts';

/** One PAPI year of the dimension's score. */
export interface ScorePoint {
  year: number;
  score: number;
  /** False where the dimension's definition changed from the year before: the line breaks there. */
  comparableWithPrevious: boolean;
}

/** The completion of the dimension's tasks in one report period. */
export interface CompletionPoint {
  period: string;
  /** The period's last day, 'YYYY-MM-DD'. */
  periodEnd: string;
  /** 0-1. */
  completionRate: number;
}

/** One dimension's two series. */
export interface ScoreCompletionRows {
  dimension: string;
  dimensionName: string;
  scores: readonly ScorePoint[];
  /** null when the province has no plan (no completion series at all); [] when the plan has no task here. */
  completion: readonly CompletionPoint[] | null;
  /** The user's target for the dimension (drawn as a dashed line); absent or null: none. */
  target?: TargetLine | null;
}

/** The scale every multiple shares, so the eight panels compare at a glance. */
export interface ScoreCompletionSettings {
  provinceName: string;
  planTargetYear: number | null;
  /** First and last year the time axis covers (1 Jan of the first to 31 Dec of the last). */
  axisFromYear: number;
  axisToYear: number;
  /** The dimension's scale (1–10 for PAPI dimensions). */
  scoreMin: number;
  scoreMax: number;
  source?: string | undefined;
  note?: string | undefined;
}

/** Where a PAPI year's score sits on the time axis: 1 July of the survey year (stated on the page). */
export function scoreDate(year: number): string {
  return `${year}-07-01`;
}

/** Runs of consecutive comparable years, each with a null for every missing year (a gap, never a shortcut). */
export function splitScoreRuns(
  scores: readonly ScorePoint[],
): { firstYear: number; values: [string, number | null][] }[] {
  const sorted = [...scores].sort((a, b) => a.year - b.year);
  const runs: { firstYear: number; values: [string, number | null][] }[] = [];
  let previousYear: number | null = null;
  for (const point of sorted) {
    const current = runs.at(-1);
    if (current === undefined || !point.comparableWithPrevious) {
      runs.push({ firstYear: point.year, values: [[scoreDate(point.year), point.score]] });
    } else {
      for (let year = (previousYear ?? point.year) + 1; year < point.year; year++)
        current.values.push([scoreDate(year), null]);
      current.values.push([scoreDate(point.year), point.score]);
    }
    previousYear = point.year;
  }
  return runs;
}

/** The completion series' points: [period end, percent 0-100], by date. */
export function completionValues(completion: readonly CompletionPoint[]): [string, number][] {
  return [...completion]
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .map((point) => [point.periodEnd, Math.round(point.completionRate * 1000) / 10]);
}

/** The latest score row, or undefined. */
export function latestScore(scores: readonly ScorePoint[]): ScorePoint | undefined {
  return [...scores].sort((a, b) => b.year - a.year)[0];
}

/** The latest completion row, or undefined. */
export function latestCompletion(completion: readonly CompletionPoint[] | null): CompletionPoint | undefined {
  return [...(completion ?? [])].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
}

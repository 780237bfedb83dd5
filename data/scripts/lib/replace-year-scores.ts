/** One year of data/papi-scores.csv replaced by the rows read from an official workbook; every other year kept as it was. */
import type { ScoreRow } from './papi-scores.ts';
import { sortScoreRows } from './papi-scores.ts';

export interface YearChange {
  readonly year: number;
  /** The year's rows before and after. */
  readonly before: number;
  readonly after: number;
  /** Province codes scored only after, or only before. */
  readonly provincesAdded: readonly string[];
  readonly provincesRemoved: readonly string[];
  /** Scores of a (province, sub-dimension) present before and after whose value or source differs. */
  readonly changed: number;
}

const keyOf = (row: ScoreRow): string => `${row.provinceCode}|${row.indicator}`;
const provincesOf = (rows: readonly ScoreRow[]): Set<string> => new Set(rows.map((row) => row.provinceCode));

/** `existing` with the rows of `year` replaced by `incoming` (all of `year`), sorted as the build sorts. */
export function replaceYearScores(
  existing: readonly ScoreRow[],
  year: number,
  incoming: readonly ScoreRow[],
): { rows: ScoreRow[]; change: YearChange } {
  const stray = incoming.find((row) => row.year !== year);
  if (stray !== undefined) throw new Error(`a row of ${stray.year} among the rows of ${year}`);
  const old = existing.filter((row) => row.year === year);
  const oldByKey = new Map(old.map((row) => [keyOf(row), row] as const));
  const changed = incoming.filter((row) => {
    const before = oldByKey.get(keyOf(row));
    return before !== undefined && (before.score !== row.score || before.source !== row.source);
  }).length;
  const oldProvinces = provincesOf(old);
  const newProvinces = provincesOf(incoming);
  return {
    rows: sortScoreRows([...existing.filter((row) => row.year !== year), ...incoming]),
    change: {
      year,
      before: old.length,
      after: incoming.length,
      provincesAdded: [...newProvinces].filter((code) => !oldProvinces.has(code)).sort(),
      provincesRemoved: [...oldProvinces].filter((code) => !newProvinces.has(code)).sort(),
      changed,
    },
  };
}

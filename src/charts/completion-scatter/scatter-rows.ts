// One point per dimension: its tasks' completion in the chosen period against its score change from the
// year before the plan's target year to the target year, only where the two years are comparable.

/** Why a dimension has no point. */
export type OmittedReason = 'noTasks' | 'noScore' | 'notComparable';

/** A dimension in the scatter: both coordinates, or why it is left out. */
export interface ScatterRow {
  dimension: string;
  dimensionName: string;
  /** 0-1; null when the plan has no task under the dimension. */
  completionRate: number | null;
  /** Score in the target year minus the year before; null when missing or not comparable. */
  scoreChange: number | null;
  omitted: OmittedReason | null;
}

/** Where the quadrants split (stated on the page): half the pairs done, and no change. */
export const QUADRANT_SPLIT = { completionRate: 0.5, scoreChange: 0 } as const;

export type Quadrant = 'moreUp' | 'moreDown' | 'lessUp' | 'lessDown';

/** The quadrant of a plotted point; a point on a split line counts as "more done" / "score up". */
export function quadrantOf(completionRate: number, scoreChange: number): Quadrant {
  const more = completionRate >= QUADRANT_SPLIT.completionRate;
  const up = scoreChange >= QUADRANT_SPLIT.scoreChange;
  if (more) return up ? 'moreUp' : 'moreDown';
  return up ? 'lessUp' : 'lessDown';
}

interface ScoreInput {
  indicator: string;
  year: number;
  score: number;
  comparableWithPrevious: boolean;
}

interface CompletionInput {
  dimension: string;
  period: string;
  completionRate: number;
}

/** The scatter's rows, one per dimension in `dimensions` order. */
export function buildScatterRows(
  dimensions: readonly { code: string; name: string }[],
  scores: readonly ScoreInput[],
  completion: readonly CompletionInput[],
  period: string,
  targetYear: number,
): ScatterRow[] {
  return dimensions.map(({ code, name }) => {
    const target = scores.find((s) => s.indicator === code && s.year === targetYear);
    const before = scores.find((s) => s.indicator === code && s.year === targetYear - 1);
    const done = completion.find((c) => c.dimension === code && c.period === period);
    const completionRate = done?.completionRate ?? null;
    let scoreChange: number | null = null;
    let omitted: OmittedReason | null = null;
    if (target === undefined || before === undefined) omitted = 'noScore';
    else if (!target.comparableWithPrevious) omitted = 'notComparable';
    else scoreChange = target.score - before.score;
    if (completionRate === null) omitted = 'noTasks';
    return { dimension: code, dimensionName: name, completionRate, scoreChange, omitted };
  });
}

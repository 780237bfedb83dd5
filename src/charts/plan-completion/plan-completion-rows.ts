// The completion points grouped as the chart draws them: a group per dimension (the whole plan first), a bar
// per report period in time order.

/** Completion of one dimension (null: the whole plan) in one report period, in (task, unit) pairs. */
export interface PlanCompletionPoint {
  /** Dimension code; null for the whole plan. */
  dimension: string | null;
  period: string;
  /** Last day of the period, 'YYYY-MM-DD'. */
  periodEnd: string;
  pairsDone: number;
  pairCount: number;
}

/** At most this many periods are drawn (the latest ones): more bars per group would be too thin to read. */
export const MAX_DRAWN_PERIODS = 6;

/** A report period of the chart, oldest first. */
export interface CompletionPeriod {
  period: string;
  periodEnd: string;
}

/** One group of bars: a dimension (null: the whole plan) and its point in each drawn period. */
export interface CompletionGroup {
  dimension: string | null;
  cells: (PlanCompletionPoint | undefined)[];
}

export interface GroupedCompletion {
  /** The drawn periods, oldest first (the latest MAX_DRAWN_PERIODS). */
  periods: CompletionPeriod[];
  /** How many periods the rows hold in all. */
  periodCount: number;
  /** The whole plan first, then each dimension in code order. */
  groups: CompletionGroup[];
}

/** The share done (0-1) of a point; null without pairs. */
export const completionShare = (point: PlanCompletionPoint | undefined): number | null =>
  point === undefined || point.pairCount === 0 ? null : point.pairsDone / point.pairCount;

/** Groups the points (in the query's period order) by dimension and period. */
export function groupCompletion(points: readonly PlanCompletionPoint[]): GroupedCompletion {
  const allPeriods: CompletionPeriod[] = [];
  for (const { period, periodEnd } of points)
    if (!allPeriods.some((p) => p.period === period)) allPeriods.push({ period, periodEnd });
  const periods = allPeriods.slice(-MAX_DRAWN_PERIODS);
  const dimensions = [...new Set(points.map((point) => point.dimension))].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a.localeCompare(b, 'en', { numeric: true }),
  );
  return {
    periods,
    periodCount: allPeriods.length,
    groups: dimensions.map((dimension) => ({
      dimension,
      cells: periods.map(({ period }) =>
        points.find((point) => point.dimension === dimension && point.period === period),
      ),
    })),
  };
}

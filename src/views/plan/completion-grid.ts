// Completion by dimension (rows) and report period (columns): the share of pairs done in each.
import {
  buildPairStates,
  type ReportedPeriod,
  type StateReport,
  type StateTask,
} from '../../domain/task-state-pairs.ts';
import { countStates, countStatesBy, type StateCounts } from '../../domain/task-state-summary.ts';

/** One row of the grid: a dimension ('' for the whole plan) and its counts per period, in period order. */
export interface CompletionGridRow {
  dimension: string;
  cells: StateCounts[];
}

/** The whole plan first, then each dimension in code order; one cell per period. */
export function buildCompletionGrid(
  tasks: readonly StateTask[],
  reports: readonly StateReport[],
  periods: readonly ReportedPeriod[],
): CompletionGridRow[] {
  const perPeriod = periods.map((period) => buildPairStates(tasks, reports, period));
  const dimensions = [...new Set(tasks.map((task) => task.dimension))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  const whole: CompletionGridRow = { dimension: '', cells: perPeriod.map((pairs) => countStates('', pairs)) };
  const byDimension = perPeriod.map((pairs) => countStatesBy(pairs, (pair) => [pair.dimension]));
  return [
    whole,
    ...dimensions.map((dimension) => ({
      dimension,
      cells: byDimension.map(
        (counts) => counts.find((count) => count.key === dimension) ?? countStates(dimension, []),
      ),
    })),
  ];
}

// Completion by dimension (rows) and report period (columns): the share of pairs done in each.
import {
  buildPairStates,
  type ReportedPeriod,
  type StateReport,
  type StateTask,
} from '../../domain/task-state-pairs.ts';
import { countStates, type StateCounts } from '../../domain/task-state-summary.ts';
import { compareDimensionCodes } from '../../domain/dimension-order.ts';

/**
 * One row of the grid: a dimension ('' for the whole plan, null for the tasks not linked to a dimension) and
 * its counts per period, in period order.
 */
export interface CompletionGridRow {
  dimension: string | null;
  cells: StateCounts[];
}

/** The whole plan first, then each dimension in code order, the tasks not linked to one last; one cell per period. */
export function buildCompletionGrid(
  tasks: readonly StateTask[],
  reports: readonly StateReport[],
  periods: readonly ReportedPeriod[],
): CompletionGridRow[] {
  const perPeriod = periods.map((period) => buildPairStates(tasks, reports, period));
  const dimensions = [...new Set(tasks.map((task) => task.dimension))].sort(compareDimensionCodes);
  const whole: CompletionGridRow = { dimension: '', cells: perPeriod.map((pairs) => countStates('', pairs)) };
  return [
    whole,
    ...dimensions.map((dimension) => ({
      dimension,
      cells: perPeriod.map((pairs) =>
        countStates(
          dimension ?? '',
          pairs.filter((pair) => pair.dimension === dimension),
        ),
      ),
    })),
  ];
}

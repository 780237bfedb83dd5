// The quarterly report's tables as counts, language-free: by dimension (tasks per state, as the Plan view
// counts them) and by executing agency (pairs, as the Plan view's agency table counts them). Every count
// comes from the shared rules in domain/ (pair states, task counts, state counts): none is decided here.
import type { PairState } from '../../domain/task-state-pairs.ts';
import { countStates, countStatesBy, type StateCounts } from '../../domain/task-state-summary.ts';
import { countTasksByState, type TaskStateCounts } from '../../domain/task-state-task-counts.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';

/** The four states government task tracking reports on (the deadline states), in the page's order. */
export const REPORT_STATES = ['done_on_time', 'done_late', 'in_progress_on_time', 'overdue'] as const;

/** One dimension (or the whole plan: dimension null): its tasks per state and its pairs' completion. */
export interface DimensionCounts {
  dimension: string | null;
  tasks: TaskStateCounts;
  pairs: StateCounts;
}

/** What the agency table needs of a task. */
export interface AgencyTask {
  taskId: string;
  executingAgencies: string | null;
}

function dimensionCounts(dimension: string | null, pairs: readonly PairState[]): DimensionCounts {
  return { dimension, tasks: countTasksByState(pairs), pairs: countStates(dimension ?? 'plan', pairs) };
}

/** Per dimension in code order, then the plan as a whole (dimension null). */
export function countByDimension(pairs: readonly PairState[]): DimensionCounts[] {
  const byDimension = new Map<string, PairState[]>();
  // Tasks not linked to a dimension count in the plan as a whole only.
  for (const pair of pairs) {
    if (pair.dimension === null) continue;
    byDimension.set(pair.dimension, [...(byDimension.get(pair.dimension) ?? []), pair]);
  }
  return [
    ...[...byDimension.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([dimension, group]) => dimensionCounts(dimension, group)),
    dimensionCounts(null, pairs),
  ];
}

/** Per executing agency (a pair counts for each agency of its task), as the Plan view's agency table. */
export function countByAgency(tasks: readonly AgencyTask[], pairs: readonly PairState[]): StateCounts[] {
  const agenciesOf = new Map(tasks.map((task) => [task.taskId, splitAgencies(task.executingAgencies)]));
  return countStatesBy(pairs, (pair) => agenciesOf.get(pair.taskId) ?? []);
}

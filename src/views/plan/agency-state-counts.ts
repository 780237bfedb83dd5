// The pairs' states per executing agency: the one grouping the agency table and the agency chart share.
import type { PairState } from '../../domain/task-state-pairs.ts';
import { countStatesBy, type StateCounts } from '../../domain/task-state-summary.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';

/** Counts per agency, sorted by name; a pair of a task with several executing agencies counts for each. */
export function countStatesByAgency(
  tasks: readonly { taskId: string; executingAgencies: string | null }[],
  pairs: readonly PairState[],
): StateCounts[] {
  const agenciesOf = new Map(tasks.map((task) => [task.taskId, splitAgencies(task.executingAgencies)]));
  return countStatesBy(pairs, (pair) => agenciesOf.get(pair.taskId) ?? []);
}

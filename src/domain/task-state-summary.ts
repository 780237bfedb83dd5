// Counts of pair states by dimension, agency, unit and period; units missing a period's report.
import { DONE_STATES, TASK_STATES, type TaskState } from './task-state.ts';
import { compareDimensionCodes } from './dimension-order.ts';
import type { PairState } from './task-state-pairs.ts';

/** How many pairs are in each state, with the done share. */
export interface StateCounts {
  key: string;
  counts: Record<TaskState, number>;
  pairCount: number;
  pairsDone: number;
  /** pairsDone / pairCount (0-1); null when there is no pair. */
  completionRate: number | null;
}

function emptyCounts(): Record<TaskState, number> {
  return Object.fromEntries(TASK_STATES.map((state) => [state, 0])) as Record<TaskState, number>;
}

/** Counts the pairs' states. */
export function countStates(key: string, pairs: readonly PairState[]): StateCounts {
  const counts = emptyCounts();
  for (const pair of pairs) counts[pair.state] += 1;
  const pairsDone = pairs.filter((pair) => DONE_STATES.has(pair.state)).length;
  return {
    key,
    counts,
    pairCount: pairs.length,
    pairsDone,
    completionRate: pairs.length === 0 ? null : pairsDone / pairs.length,
  };
}

/** Groups pairs by one or more keys each (a pair of a task with two agencies counts for both), sorted by key. */
export function countStatesBy(
  pairs: readonly PairState[],
  keysOf: (pair: PairState) => readonly string[],
): StateCounts[] {
  const groups = new Map<string, PairState[]>();
  for (const pair of pairs) {
    for (const key of keysOf(pair)) groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true }))
    .map(([key, group]) => countStates(key, group));
}

/** A unit that sent no report for the period on some of a dimension's tasks it reports on. */
export interface MissingReporter {
  /** null: tasks no unit ever reported on. */
  unit: string | null;
  missingTaskIds: string[];
  /** The dimension's tasks the unit reports on (ever). */
  taskCount: number;
}

/** Per dimension (in code order), the units with no report for the period on at least one task. */
export function findMissingReporters(
  pairs: readonly PairState[],
): { dimension: string | null; units: MissingReporter[] }[] {
  const byDimension = new Map<string | null, Map<string | null, PairState[]>>();
  for (const pair of pairs) {
    const units = byDimension.get(pair.dimension) ?? new Map<string | null, PairState[]>();
    units.set(pair.unit, [...(units.get(pair.unit) ?? []), pair]);
    byDimension.set(pair.dimension, units);
  }
  return [...byDimension.entries()]
    .sort(([a], [b]) => compareDimensionCodes(a, b))
    .map(([dimension, units]) => ({
      dimension,
      units: [...units.entries()]
        .map(([unit, group]) => ({
          unit,
          missingTaskIds: group.filter((pair) => !pair.reportedThisPeriod).map((pair) => pair.taskId),
          taskCount: group.length,
        }))
        .filter((entry) => entry.missingTaskIds.length > 0)
        .sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? '', 'vi')),
    }))
    .filter((entry) => entry.units.length > 0);
}

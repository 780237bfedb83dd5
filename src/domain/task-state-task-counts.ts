// How the Plan view counts tasks in a state, and pairs beside them: the one rule for "x/33 nhiệm vụ".
import { TASK_STATES, type TaskState } from './task-state.ts';
import type { PairState } from './task-state-pairs.ts';

/** Per state, how many tasks and how many (task, unit) pairs are in it, with the totals they are out of. */
export interface TaskStateCounts {
  /** Distinct tasks among the pairs (every task has at least one pair, so: the plan's tasks). */
  taskCount: number;
  pairCount: number;
  /** Tasks with at least one pair in the state: a task can count in several states. */
  tasks: Record<TaskState, number>;
  /** Pairs in the state: each pair is in exactly one, so these add up to pairCount. */
  pairs: Record<TaskState, number>;
}

/**
 * Counts tasks and pairs per state. A task counts in a state when at least one of its (task, unit) pairs
 * is in it: the rule the Plan view's status filter keeps rows by and the summary's "x/33 nhiệm vụ có phần
 * quá hạn" counts by, so a count and the filtered table always agree. A task whose units differ counts in
 * each of their states, so the task counts may add up to more than the tasks.
 */
export function countTasksByState(pairs: readonly PairState[]): TaskStateCounts {
  const tasksIn = new Map<TaskState, Set<string>>(TASK_STATES.map((state) => [state, new Set<string>()]));
  const pairCounts = Object.fromEntries(TASK_STATES.map((state) => [state, 0])) as Record<TaskState, number>;
  for (const pair of pairs) {
    tasksIn.get(pair.state)?.add(pair.taskId);
    pairCounts[pair.state] += 1;
  }
  const taskCounts = Object.fromEntries(
    TASK_STATES.map((state) => [state, tasksIn.get(state)?.size ?? 0]),
  ) as Record<TaskState, number>;
  return {
    taskCount: new Set(pairs.map((pair) => pair.taskId)).size,
    pairCount: pairs.length,
    tasks: taskCounts,
    pairs: pairCounts,
  };
}

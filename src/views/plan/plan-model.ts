// Rows of the Plan view's task table: each task with its pairs' states as of the chosen period; filtering.
import type { TaskDeadline } from '../../domain/deadline.ts';
import { foldDiacritics } from '../../domain/fold-text.ts';
import { deadlineOf, type PairState } from '../../domain/task-state-pairs.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';
import { countStates, type StateCounts } from '../../domain/task-state-summary.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { PlanFilters } from './plan-params.ts';

/** One task of the table. */
export interface TaskRow {
  task: PlanViewTask;
  deadline: TaskDeadline;
  agencies: string[];
  /** Every pair of the task as of the period. */
  pairs: PairState[];
  /** The task's text, id, sub-dimension and agencies, folded for search. */
  searchText: string;
}

/** Builds a row per task (in the tasks' order) from the period's pairs. */
export function buildTaskRows(tasks: readonly PlanViewTask[], pairs: readonly PairState[]): TaskRow[] {
  const byTask = new Map<string, PairState[]>();
  for (const pair of pairs) byTask.set(pair.taskId, [...(byTask.get(pair.taskId) ?? []), pair]);
  return tasks.map((task) => {
    const agencies = splitAgencies(task.executingAgencies);
    const searchText = foldDiacritics(
      [
        task.taskId,
        task.subdimension,
        task.subdimensionLabel,
        task.task,
        task.executingAgencies,
        task.supervisingAgencies,
      ]
        .filter((part) => part !== null)
        .join(' '),
    );
    return { task, deadline: deadlineOf(task), agencies, pairs: byTask.get(task.taskId) ?? [], searchText };
  });
}

/** The pairs a row shows under the filters: only the chosen unit's when one is chosen. */
export function visiblePairs(row: TaskRow, filters: Pick<PlanFilters, 'unit'>): PairState[] {
  return filters.unit === null ? row.pairs : row.pairs.filter((pair) => pair.unit === filters.unit);
}

/** The state counts a row shows under the filters. */
export function rowCounts(row: TaskRow, filters: Pick<PlanFilters, 'unit'>): StateCounts {
  return countStates(row.task.taskId, visiblePairs(row, filters));
}

/**
 * True when the typed `query`, folded as the text was (diacritics ignored: "tham nhung" finds "tham nhũng"),
 * appears in `foldedText` as typed, words in order: "tham nhung" must not match "thẩm quyền … những"; an
 * empty query matches all.
 */
export function matchesSearch(foldedText: string, query: string): boolean {
  return foldedText.includes(foldDiacritics(query));
}

/**
 * The rows the filters keep: search over the folded text; dimension; an executing agency; a unit that
 * reports on the task; a status that at least one shown pair is in.
 */
export function filterTaskRows(rows: readonly TaskRow[], filters: PlanFilters): TaskRow[] {
  return rows.filter((row) => {
    if (!matchesSearch(row.searchText, filters.q)) return false;
    if (filters.dimension !== null && row.task.dimension !== filters.dimension) return false;
    if (filters.agency !== null && !row.agencies.includes(filters.agency)) return false;
    const pairs = visiblePairs(row, filters);
    if (filters.unit !== null && pairs.length === 0) return false;
    if (filters.status !== null && !pairs.some((pair) => pair.state === filters.status)) return false;
    return true;
  });
}

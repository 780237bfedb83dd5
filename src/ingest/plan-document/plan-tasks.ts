// Reviewed task drafts → tasks with stable ids, and their rows in the plan-tasks layout (data/plan-tasks.csv).

import type { PlanTask } from '../../domain/types.ts';
import type { PlanTaskDraft } from './plan-task-draft.ts';

export const PLAN_TASKS_HEADER = [
  'task_id',
  'plan',
  'dimension',
  'subdimension',
  'subdimension_label',
  'task',
  'executing_agencies',
  'supervising_agencies',
  'timeframe',
  'timeframe_code',
] as const;

/** Separator of the agency lists in a CSV cell. */
export const AGENCY_SEPARATOR = '; ';

/** `474/KH-UBND` → `474`: the short form used in task ids. */
export const planPrefix = (plan: string): string => (plan.split('/')[0] ?? plan).trim() || 'plan';

const letterOf = (count: number): string =>
  count <= 26
    ? String.fromCharCode(96 + count)
    : `${String.fromCharCode(96 + Math.ceil(count / 26) - 1)}${String.fromCharCode(97 + ((count - 1) % 26))}`;

const orNull = (text: string): string | null => (text === '' ? null : text);

/** The drafts as tasks ready to load: ids by sub-dimension (or dimension when there is none), letters in the plan's order. */
export function assignTaskIds(drafts: readonly PlanTaskDraft[], plan: string): PlanTask[] {
  const counts = new Map<string, number>();
  return drafts.map((draft) => {
    const group = draft.subdimension || draft.dimension || '0';
    const count = (counts.get(group) ?? 0) + 1;
    counts.set(group, count);
    return {
      taskId: `${planPrefix(plan)}-${group}-${letterOf(count)}`,
      plan,
      dimension: draft.dimension,
      subdimension: orNull(draft.subdimension),
      subdimensionLabel: orNull(draft.subdimensionLabel),
      task: draft.task,
      executingAgencies: orNull(draft.executingAgencies.join(AGENCY_SEPARATOR)),
      supervisingAgencies: orNull(draft.supervisingAgencies.join(AGENCY_SEPARATOR)),
      timeframe: orNull(draft.timeframe),
      timeframeCode: draft.timeframeCode,
    };
  });
}

/** The task as cells in PLAN_TASKS_HEADER order. */
export function planTaskCells(task: PlanTask): string[] {
  return [
    task.taskId,
    task.plan,
    task.dimension,
    task.subdimension ?? '',
    task.subdimensionLabel ?? '',
    task.task,
    task.executingAgencies ?? '',
    task.supervisingAgencies ?? '',
    task.timeframe ?? '',
    task.timeframeCode ?? '',
  ];
}

/** Turns the appendix rows of a plan into one task per row, with stable ids. */
import { splitAgencies } from './agencies.ts';
import type { AppendixRow } from './plan-appendix.ts';
import { taskTextFromCell } from './task-text.ts';
import { timeframeCode } from './timeframe.ts';

export interface PlanTask {
  readonly taskId: string;
  readonly plan: string;
  readonly dimension: string;
  readonly subdimension: string;
  readonly subdimensionLabel: string;
  readonly task: string;
  readonly executingAgencies: readonly string[];
  readonly supervisingAgencies: readonly string[];
  readonly timeframe: string;
  readonly timeframeCode: string;
}

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

const DIMENSION_ROW = /^[1-8]$/;
const SUBDIMENSION_ROW = /^([1-8])\.([1-9])$/;

/** `474/KH-UBND` → `474`: the short form used in task ids. */
const planPrefix = (plan: string): string => plan.split('/')[0] ?? plan;

/**
 * One task per sub-dimension row and per continuation row (empty STT: another task of the
 * sub-dimension above, which it inherits with its label). Dimension rows only set the context.
 */
export function buildPlanTasks(rows: readonly AppendixRow[], plan: string): PlanTask[] {
  const tasks: PlanTask[] = [];
  let dimension = '';
  let current: { code: string; label: string; count: number } | undefined;
  for (const row of rows) {
    if (DIMENSION_ROW.test(row.stt)) {
      dimension = row.stt;
      current = undefined;
      continue;
    }
    const sub = SUBDIMENSION_ROW.exec(row.stt);
    if (sub) {
      if (sub[1] !== dimension)
        throw new Error(`line ${row.line}: ${row.stt} is not under dimension ${dimension}`);
      current = { code: row.stt, label: row.label, count: 0 };
    } else if (row.stt !== '' || row.label !== '' || !current) {
      throw new Error(`line ${row.line}: neither a dimension, a sub-dimension nor a continuation row`);
    }
    current.count += 1;
    if (current.count > 26) throw new Error(`line ${row.line}: too many tasks under ${current.code}`);
    const letter = String.fromCharCode('a'.charCodeAt(0) + current.count - 1);
    tasks.push({
      taskId: `${planPrefix(plan)}-${current.code}-${letter}`,
      plan,
      dimension,
      subdimension: current.code,
      subdimensionLabel: current.label,
      task: taskTextFromCell(row.task),
      executingAgencies: splitAgencies(row.executing),
      supervisingAgencies: splitAgencies(row.supervising),
      timeframe: row.timeframe,
      timeframeCode: timeframeCode(row.timeframe),
    });
  }
  return tasks;
}

/** The task as cells in PLAN_TASKS_HEADER order. */
export function planTaskCells(task: PlanTask): string[] {
  return [
    task.taskId,
    task.plan,
    task.dimension,
    task.subdimension,
    task.subdimensionLabel,
    task.task,
    task.executingAgencies.join(AGENCY_SEPARATOR),
    task.supervisingAgencies.join(AGENCY_SEPARATOR),
    task.timeframe,
    task.timeframeCode,
  ];
}

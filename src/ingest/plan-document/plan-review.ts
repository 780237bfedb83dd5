// The reviewed plan (identity confirmed, cells edited) → problems located at (review row, column),
// or the plan-tasks CSV the importer already accepts, so it goes through the same atomic, kept import.

import { csvField } from '../read/to-canonical-csv.ts';
import type { IndicatorName } from './match-indicator.ts';
import type { PlanIdentity } from './plan-identity.ts';
import { assignTaskIds, PLAN_TASKS_HEADER, planTaskCells } from './plan-tasks.ts';
import { planGoalsCell } from './plan-goals-cell.ts';
import type { PlanTaskDraft } from './plan-task-draft.ts';
import type { PlanTarget } from './plan-targets.ts';

/** The identity fields the user confirms; the review's columns. */
export type ReviewField =
  'plan' | 'provinceCode' | 'targetYear' | 'dimension' | 'subdimension' | 'task' | 'executing';

/** A problem that blocks the import: row 0 is the plan's identity, else the review table's row (1-based). */
export interface ReviewProblem {
  readonly row: number;
  readonly field: ReviewField;
  readonly key:
    | 'required'
    | 'invalidYear'
    | 'unknownDimension'
    | 'unknownSubdimension'
    | 'subdimensionOutside'
    | 'executingUnconfirmed';
  readonly value: string;
}

const YEAR = /^(19|20|21)\d\d$/;

/** The executing agency the user confirms for a task whose plan names none (stored as written). */
export const UNDETERMINED_AGENCY = 'Chưa xác định';

/** What must be fixed before the plan can be imported (empty when it can be). */
export function checkPlanReview(
  identity: PlanIdentity,
  tasks: readonly PlanTaskDraft[],
  indicators: readonly IndicatorName[],
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const required = (row: number, field: ReviewField, value: string): void => {
    if (value.trim() === '') problems.push({ row, field, key: 'required', value });
  };
  required(0, 'plan', identity.plan);
  required(0, 'provinceCode', identity.provinceCode);
  const year = identity.targetYear === null ? '' : String(identity.targetYear);
  if (!YEAR.test(year)) problems.push({ row: 0, field: 'targetYear', key: 'invalidYear', value: year });
  const dimensions = new Set(indicators.filter((i) => i.level === 'dimension').map((i) => i.code));
  const subdimensions = new Set(indicators.filter((i) => i.level === 'subdimension').map((i) => i.code));
  tasks.forEach((task, index) => {
    const row = index + 1;
    required(row, 'task', task.task);
    // A body-form task without an agency: imported once the user confirms it (or names an agency).
    if (task.flags.some((flag) => flag.key === 'executingUnconfirmed'))
      problems.push({ row, field: 'executing', key: 'executingUnconfirmed', value: '' });
    if (!dimensions.has(task.dimension))
      problems.push({ row, field: 'dimension', key: 'unknownDimension', value: task.dimension });
    else if (task.subdimension !== '' && !subdimensions.has(task.subdimension))
      problems.push({ row, field: 'subdimension', key: 'unknownSubdimension', value: task.subdimension });
    else if (task.subdimension !== '' && !task.subdimension.startsWith(`${task.dimension}.`))
      problems.push({ row, field: 'subdimension', key: 'subdimensionOutside', value: task.subdimension });
  });
  return problems;
}

// The plan-tasks layout, plus the province and target year an imported plan names (see header-aliases),
// and, when the review confirmed them, the plan's goals (on the first row: plan-goals-cell.ts).
const IMPORT_COLUMNS = [...PLAN_TASKS_HEADER, 'province', 'target_year'] as const;

/**
 * The reviewed tasks as a plan-tasks CSV (the importer's canonical headers), with the plan's province and
 * target year, and its confirmed goals when given (an empty list replaces the plan's earlier goals with none).
 */
export function planImportCsv(
  identity: PlanIdentity,
  tasks: readonly PlanTaskDraft[],
  goals: readonly PlanTarget[] | null = null,
): string {
  const header = goals === null ? [...IMPORT_COLUMNS] : [...IMPORT_COLUMNS, 'plan_goals'];
  const lines = assignTaskIds(tasks, identity.plan).map((task, index) =>
    [
      ...planTaskCells(task),
      identity.provinceCode,
      identity.targetYear === null ? '' : String(identity.targetYear),
      ...(goals === null ? [] : [index === 0 ? planGoalsCell(goals) : '']),
    ]
      .map(csvField)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** The file name the import records as the plan's source ("Kế hoạch 474-KH-UBND.csv"). */
export const planImportFileName = (plan: string): string =>
  `ke-hoach-${plan.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'plan'}.csv`;

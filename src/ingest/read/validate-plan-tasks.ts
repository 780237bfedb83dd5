// Tasks of another province's plan: task id, plan, task[, dimension, agencies, timeframe, province, target year].

import { createProvinceReader, optionalText, readYear, requiredText } from './cell-checks.ts';
import type { ImportContext, PlanTaskRow, RowCursor } from './import-rows.ts';
import { isPlanGoalsCell } from '../plan-document/plan-goals-cell.ts';

/** How much of a refused goals cell the problem quotes. */
const GOALS_SHOWN_CHARS = 80;

/** Reads one plan task per row, or null after recording its problems; a province, when given, must be known. */
export function createPlanTaskReader(context: ImportContext): (cursor: RowCursor) => PlanTaskRow | null {
  const readProvince = createProvinceReader(context);
  return (cursor) => {
    const taskId = requiredText(cursor, 'task_id');
    const plan = requiredText(cursor, 'plan');
    const task = requiredText(cursor, 'task');
    const hasYear = cursor.text('target_year') !== '';
    const targetYear = hasYear ? readYear(cursor, 'target_year') : null;
    const hasProvince = cursor.text('province') !== '';
    const province = hasProvince ? readProvince(cursor) : null;
    if (taskId === null || plan === null || task === null) return null;
    const goals = optionalText(cursor, 'plan_goals');
    // Goals travel as the JSON the plan review writes; any other text is refused here, at its cell.
    const badGoals = goals !== null && !isPlanGoalsCell(goals) ? goals : null;
    if (badGoals !== null) {
      cursor.problem('plan_goals', 'badPlanGoals', { found: badGoals.slice(0, GOALS_SHOWN_CHARS) });
    }
    if ((hasYear && targetYear === null) || (hasProvince && province === null) || badGoals !== null)
      return null;
    const subdimension = optionalText(cursor, 'subdimension');
    return {
      task_id: taskId,
      plan,
      // A sub-dimension "2.3" belongs to dimension "2" when the file leaves the dimension out.
      dimension: optionalText(cursor, 'dimension') ?? subdimension?.split('.')[0] ?? null,
      subdimension,
      subdimension_label: optionalText(cursor, 'subdimension_label'),
      task,
      executing_agencies: optionalText(cursor, 'executing_agencies'),
      supervising_agencies: optionalText(cursor, 'supervising_agencies'),
      timeframe: optionalText(cursor, 'timeframe'),
      timeframe_code: optionalText(cursor, 'timeframe_code'),
      province_code: province,
      target_year: targetYear,
      plan_goals: goals,
    };
  };
}

// Question (Plan view): which tasks does the province's plan hold, and which PAPI year does it aim at?

import type { Connector } from '../db/connector.ts';
import type { PlanTask } from '../domain/types.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One task of a plan, with the plan's title and target year. */
export interface PlanViewTask extends Omit<PlanTask, 'dimension'> {
  /** null: an imported plan row with neither a dimension nor a sub-dimension (not linked to a dimension). */
  dimension: string | null;
  planTitleVi: string | null;
  planTitleEn: string | null;
  /** The PAPI year the plan aims at (plan_targets); null when unknown. */
  targetYear: number | null;
  /** The task's plan is one of the province's current plans, the ones its agencies report on (year_plans). */
  inCurrentPlan: boolean;
}

/** The tasks of the province's plan(s), by plan then task id; empty when it has no plan. */
export function fetchPlanViewTasks(conn: Connector, provinceCode: string): Promise<PlanViewTask[]> {
  return conn.query<PlanViewTask>(sql`
    SELECT t.task_id AS "taskId", t.plan, p.title_vi AS "planTitleVi", p.title_en AS "planTitleEn",
           pt.target_year AS "targetYear", t.dimension, t.subdimension,
           t.subdimension_label AS "subdimensionLabel", t.task,
           t.executing_agencies AS "executingAgencies", t.supervising_agencies AS "supervisingAgencies",
           t.timeframe, t.timeframe_code AS "timeframeCode",
           t.plan IN (SELECT plan FROM year_plans(${provinceCode}, ${null})) AS "inCurrentPlan"
    FROM plan_tasks t
    JOIN plans p ON p.plan = t.plan
    LEFT JOIN plan_targets pt ON pt.plan = t.plan
    WHERE p.province_code = ${provinceCode}
    ORDER BY t.plan, t.task_id`);
}

/**
 * The plan the reporting loop works on (forms, receipts, the quarterly report): the first current plan in plan
 * order, the schema deciding which plans are current; null when the province has no plan.
 */
export function currentPlanOf(tasks: readonly PlanViewTask[]): string | null {
  return tasks.find((task) => task.inCurrentPlan)?.plan ?? null;
}

/** The question, its options and hooks (key 'plan-view-tasks'). */
export const planViewTasksQuery = defineDataQuery('plan-view-tasks', fetchPlanViewTasks);

/** The province's plan tasks, once the database is ready. */
export const usePlanViewTasks = planViewTasksQuery.use;

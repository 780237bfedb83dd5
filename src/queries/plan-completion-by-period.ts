// Question (Plan view): how far along is each dimension of the province's plan(s), report period by report
// period? Read from task_completion, the task-state SQL (db/schema.sql.ts) that the Plan view's own rule
// agrees with pair by pair (tests/queries/task-states-agree.test.ts): no second rule.

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** Completion of one dimension (null: the whole plan) in one report period, in (task, unit) pairs. */
export interface PlanCompletionPoint {
  /** Dimension code; null for the whole plan. */
  dimension: string | null;
  period: string;
  /** Last day of the period, 'YYYY-MM-DD'. */
  periodEnd: string;
  pairsDone: number;
  pairCount: number;
}

/**
 * Every period the province's units reported in (as the Plan view's grid lists them), whole plan first, then
 * by dimension code; the pairs of all the province's plans summed.
 */
export function planCompletionByPeriodSql(provinceCode: string) {
  return sql`
    WITH reported AS (
      SELECT DISTINCT r.period
      FROM progress_reports r
      JOIN plan_tasks t ON t.task_id = r.task_id
      JOIN plans p ON p.plan = t.plan
      WHERE p.province_code = ${provinceCode}
    )
    SELECT CASE tc.scope WHEN 'plan' THEN NULL ELSE tc.dimension END AS dimension, tc.period,
           strftime(tc.period_end, '%Y-%m-%d') AS "periodEnd",
           sum(tc.pairs_done)::INTEGER AS "pairsDone", sum(tc.pair_count)::INTEGER AS "pairCount"
    FROM task_completion tc
    JOIN plans p ON p.plan = tc.plan
    WHERE p.province_code = ${provinceCode} AND tc.scope IN ('plan', 'dimension')
      -- Tasks linked to no dimension count in the whole plan only: here a null dimension means the whole plan.
      AND (tc.scope = 'plan' OR tc.dimension IS NOT NULL)
      AND tc.period IN (SELECT period FROM reported)
    GROUP BY tc.scope, tc.dimension, tc.period, tc.period_end, tc.period_months
    ORDER BY tc.period_end, tc.period_months, tc.period, dimension NULLS FIRST`;
}

/** The completion points of the province's plan(s); empty without a plan or a report. */
export function fetchPlanCompletionByPeriod(
  conn: Connector,
  provinceCode: string,
): Promise<PlanCompletionPoint[]> {
  return conn.query<PlanCompletionPoint>(planCompletionByPeriodSql(provinceCode));
}

/** The question, its options and hooks (key 'plan-completion-by-period'). */
export const planCompletionByPeriodQuery = defineDataQuery(
  'plan-completion-by-period',
  fetchPlanCompletionByPeriod,
);

/** The province's completion by dimension and period, once the database is ready. */
export const usePlanCompletionByPeriod = planCompletionByPeriodQuery.use;

// Question: how far along are the tasks under each dimension, report period by report period, in the
// province's plan (the plan aimed at the selected year when there is one, else the one aiming at the latest
// target year)?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** Completion of one dimension's tasks in one report period. */
export interface DimensionCompletionPoint {
  dimension: string;
  period: string;
  /** Last day of the period, 'YYYY-MM-DD'. */
  periodEnd: string;
  taskCount: number;
  pairCount: number;
  pairsDone: number;
  /** pairsDone / pairCount, 0-1. */
  completionRate: number;
}

/** The plan the completion belongs to, and its completion by dimension and period. */
export interface DimensionCompletion {
  /** The PAPI year the plan aims at; null when no plan is loaded for the province. */
  planTargetYear: number | null;
  /** Dimension code → number of tasks in the plan (0 or absent: none). */
  taskCounts: Readonly<Record<string, number>>;
  /** By period end, then dimension. One period per end date: the longest (the year over its Q4, as province_latest_periods rules). */
  points: DimensionCompletionPoint[];
}

/**
 * The province's plan(s) for `year` (the schema's year_plans: aimed at it, else aimed nearest to it; with no year,
 * the current plan): its target year, tasks per dimension and completion per period.
 */
export async function fetchDimensionCompletion(
  conn: Connector,
  provinceCode: string,
  year: number | null = null,
): Promise<DimensionCompletion> {
  const targets = await conn.query<{ targetYear: number | null }>(sql`
    SELECT any_value(target_year) AS "targetYear" FROM year_plans(${provinceCode}, ${year})`);
  const planTargetYear = targets[0]?.targetYear ?? null;
  if (planTargetYear === null) return { planTargetYear, taskCounts: {}, points: [] };
  const tasks = await conn.query<{ dimension: string; taskCount: number }>(sql`
    SELECT t.dimension, count(*)::INTEGER AS "taskCount"
    FROM plan_tasks t WHERE t.plan IN (SELECT plan FROM year_plans(${provinceCode}, ${year}))
    GROUP BY t.dimension ORDER BY t.dimension`);
  const points = await conn.query<DimensionCompletionPoint>(sql`
    WITH by_period AS (
      SELECT tc.dimension, tc.period, tc.period_end, any_value(tc.period_months) AS period_months,
             sum(tc.task_count)::INTEGER AS task_count, sum(tc.pair_count)::INTEGER AS pair_count,
             sum(tc.pairs_done)::INTEGER AS pairs_done
      FROM task_completion tc
      WHERE tc.plan IN (SELECT plan FROM year_plans(${provinceCode}, ${year})) AND tc.scope = 'dimension'
      GROUP BY tc.dimension, tc.period, tc.period_end
    )
    SELECT dimension, period, strftime(period_end, '%Y-%m-%d') AS "periodEnd", task_count AS "taskCount",
           pair_count AS "pairCount", pairs_done AS "pairsDone", pairs_done / pair_count AS "completionRate"
    FROM by_period
    QUALIFY row_number() OVER (PARTITION BY dimension, period_end ORDER BY period_months DESC, period) = 1
    ORDER BY period_end, dimension`);
  return {
    planTargetYear,
    taskCounts: Object.fromEntries(tasks.map((row) => [row.dimension, row.taskCount])),
    points,
  };
}

/** The question, its options and hooks (key 'scores-vs-tasks-completion'). */
export const dimensionCompletionQuery = defineDataQuery(
  'scores-vs-tasks-completion',
  // The year always given, so the hook's key never differs by an omitted argument.
  (conn: Connector, provinceCode: string, year: number | null) =>
    fetchDimensionCompletion(conn, provinceCode, year),
);

/** The completion of the province's plan aimed at `year` (else its latest), once the database is ready. */
export const useDimensionCompletion = dimensionCompletionQuery.use;

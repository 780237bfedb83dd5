// Question: what are the plan's tasks, and where does each stand in a period?

import type { Connector } from '../db/connector.ts';
import type { PlanTask } from '../domain/types.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One plan task with the state of its (task, unit) pairs in `period`. */
export interface PlanTaskWithProgress extends PlanTask {
  /** The period the state refers to (null when no progress has been reported at all). */
  period: string | null;
  pairCount: number;
  pairsDone: number;
  pairsReported: number;
  /** pairsDone / pairCount (0-1); null when no period. */
  completionRate: number | null;
  /** True when no unit ever reported on the task. */
  neverReported: boolean;
}

/**
 * The province's plan tasks (by task id) with their state in `period`, or in the latest period
 * any of its tasks reported when `period` is null (the longest period among those ending last:
 * '2024' over '2024-Q4', see `province_latest_periods`).
 */
export function fetchPlanTasks(
  conn: Connector,
  provinceCode: string,
  period: string | null,
): Promise<PlanTaskWithProgress[]> {
  return conn.query<PlanTaskWithProgress>(sql`
    WITH province_plans AS (
      SELECT plan FROM plans WHERE province_code = ${provinceCode}
    ),
    chosen AS (
      SELECT coalesce(
        CAST(${period} AS VARCHAR),
        (SELECT period FROM province_latest_periods WHERE province_code = ${provinceCode})
      ) AS period
    ),
    states AS (
      SELECT task_id, count(*)::INTEGER AS pair_count,
             count(*) FILTER (WHERE is_done)::INTEGER AS pairs_done,
             count(*) FILTER (WHERE is_reported)::INTEGER AS pairs_reported
      FROM task_pair_states WHERE period = (SELECT period FROM chosen)
      GROUP BY task_id
    ),
    ever AS (SELECT DISTINCT task_id FROM progress_reports)
    SELECT t.task_id AS "taskId", t.plan, t.dimension, t.subdimension,
           t.subdimension_label AS "subdimensionLabel", t.task,
           t.executing_agencies AS "executingAgencies", t.supervising_agencies AS "supervisingAgencies",
           t.timeframe, t.timeframe_code AS "timeframeCode",
           CASE WHEN s.task_id IS NOT NULL THEN (SELECT period FROM chosen) END AS period,
           coalesce(s.pair_count, 0) AS "pairCount", coalesce(s.pairs_done, 0) AS "pairsDone",
           coalesce(s.pairs_reported, 0) AS "pairsReported",
           s.pairs_done / s.pair_count AS "completionRate",
           ever.task_id IS NULL AS "neverReported"
    FROM plan_tasks t
    LEFT JOIN states s ON s.task_id = t.task_id
    LEFT JOIN ever ON ever.task_id = t.task_id
    WHERE t.plan IN (SELECT plan FROM province_plans)
    ORDER BY t.plan, t.task_id`);
}

/** The question, its options and hooks (key 'plan-tasks'). */
export const planTasksQuery = defineDataQuery('plan-tasks', fetchPlanTasks);

/** The province's plan tasks, once the database is ready. */
export const usePlanTasks = planTasksQuery.use;

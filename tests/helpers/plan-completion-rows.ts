// The schema's plan-progress views read straight from DuckDB, for tests of the rules they hold (no src
// query reads them whole: the app's questions select from them).
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';

/** One row of the task_completion view (camelCase). */
export interface CompletionRow {
  plan: string;
  scope: 'plan' | 'dimension' | 'subdimension';
  dimension: string | null;
  subdimension: string | null;
  period: string;
  periodEnd: string;
  taskCount: number;
  pairCount: number;
  pairsDone: number;
  pairsReported: number;
  tasksNeverReported: number;
  completionRate: number;
  avgPercent: number;
}

/** task_completion for the province's plan(s), by period then scope (plan-wide rows first). */
export function readTaskCompletion(conn: Connector, provinceCode: string): Promise<CompletionRow[]> {
  return conn.query<CompletionRow>(sql`
    SELECT tc.plan, tc.scope, tc.dimension, tc.subdimension, tc.period, tc.period_end AS "periodEnd",
           tc.task_count AS "taskCount", tc.pair_count AS "pairCount", tc.pairs_done AS "pairsDone",
           tc.pairs_reported AS "pairsReported", tc.tasks_never_reported AS "tasksNeverReported",
           tc.completion_rate AS "completionRate", tc.avg_percent AS "avgPercent"
    FROM task_completion tc
    JOIN plans p ON p.plan = tc.plan
    WHERE p.province_code = ${provinceCode}
    ORDER BY tc.period_end, tc.period, tc.plan,
             CASE tc.scope WHEN 'plan' THEN 0 WHEN 'dimension' THEN 1 ELSE 2 END,
             tc.dimension, tc.subdimension`);
}

/** One row of the task_pair_states view (camelCase). */
export interface PairStateRow {
  taskId: string;
  unit: string | null;
  period: string;
  reportPeriod: string | null;
  status: string | null;
  isDone: boolean;
  isReported: boolean;
}

/** task_pair_states for the province's plan(s): every (task, unit) pair in every reported period. */
export function readTaskPairStates(conn: Connector, provinceCode: string): Promise<PairStateRow[]> {
  return conn.query<PairStateRow>(sql`
    SELECT s.task_id AS "taskId", s.unit, s.period, s.report_period AS "reportPeriod", s.status,
           s.is_done AS "isDone", s.is_reported AS "isReported"
    FROM task_pair_states s
    JOIN plans p ON p.plan = s.plan
    WHERE p.province_code = ${provinceCode}
    ORDER BY s.period_end, s.period, s.task_id, s.unit NULLS FIRST`);
}

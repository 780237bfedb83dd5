// Question: how far along is the province's plan, by dimension and period?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** Completion of the plan ('plan' scope) or of one dimension / sub-dimension in one period. */
export interface TaskCompletionPoint {
  plan: string;
  scope: 'plan' | 'dimension' | 'subdimension';
  dimension: string | null;
  subdimension: string | null;
  period: string;
  /** Last day of the period, 'YYYY-MM-DD' (for a time axis). */
  periodEnd: string;
  taskCount: number;
  /** (task, unit) pairs; a never-reported task counts as one pair. */
  pairCount: number;
  pairsDone: number;
  pairsReported: number;
  tasksNeverReported: number;
  /** pairsDone / pairCount, 0-1. */
  completionRate: number;
  /** Mean of the pairs' latest percent (unreported = 0), 0-100. */
  avgPercent: number;
}

/** Completion rows of the province's plan(s), by period then dimension (plan-wide rows first). */
export function fetchTaskCompletion(conn: Connector, provinceCode: string): Promise<TaskCompletionPoint[]> {
  return conn.query<TaskCompletionPoint>(sql`
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

/** Query options for fetchTaskCompletion; disabled while `conn` is null. */
export const taskCompletionQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'task-completion', conn, { dataVersion, provinceCode }],
    queryFn: conn === null ? skipToken : () => fetchTaskCompletion(conn, provinceCode),
  });

/** The province's plan completion, once the database is ready. */
export function useTaskCompletion(provinceCode: string) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(taskCompletionQueryOptions(connector, dataVersion, provinceCode));
}

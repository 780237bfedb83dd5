// Question: which units (agencies, districts) lag on which tasks in a period?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** The state of one (task, unit) pair in a period: its latest report up to that period. */
export interface TaskUnitState {
  taskId: string;
  dimension: string;
  subdimension: string | null;
  /** null for a task no unit ever reported on. */
  unit: string | null;
  period: string;
  /** The period of the report the state comes from; null when the unit had not reported yet. */
  reportPeriod: string | null;
  status: 'not_started' | 'in_progress' | 'done' | null;
  percent: number | null;
  isDone: boolean;
  isReported: boolean;
}

/** Every (task, unit) pair of the province's plan(s) in every reported period, by period, task, unit. */
export function fetchTaskUnitStates(conn: Connector, provinceCode: string): Promise<TaskUnitState[]> {
  return conn.query<TaskUnitState>(sql`
    SELECT s.task_id AS "taskId", s.dimension, s.subdimension, s.unit, s.period,
           s.report_period AS "reportPeriod", s.status, s.percent,
           s.is_done AS "isDone", s.is_reported AS "isReported"
    FROM task_pair_states s
    JOIN plans p ON p.plan = s.plan
    WHERE p.province_code = ${provinceCode}
    ORDER BY s.period_end, s.period, s.task_id, s.unit NULLS FIRST`);
}

/** Query options for fetchTaskUnitStates; disabled while `conn` is null. */
export const taskUnitStatesQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'task-unit-states', conn, { dataVersion, provinceCode }],
    queryFn: conn === null ? skipToken : () => fetchTaskUnitStates(conn, provinceCode),
  });

/** The province's (task, unit) states, once the database is ready. */
export function useTaskUnitStates(provinceCode: string) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(taskUnitStatesQueryOptions(connector, dataVersion, provinceCode));
}

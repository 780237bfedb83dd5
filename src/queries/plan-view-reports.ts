// Question (Plan view): what has each unit reported on each of the province's plan tasks, period by period?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One progress report of one unit on one task. */
export interface PlanViewReport {
  taskId: string;
  /** The reporting agency or district ('' when the file left it empty). */
  unit: string;
  period: string;
  /** Last day of the period, 'YYYY-MM-DD'. */
  periodEnd: string;
  /** Months the period covers (quarter 3, half 6, year 12): orders periods ending on the same day. */
  periodMonths: number;
  status: 'not_started' | 'in_progress' | 'done';
  percent: number | null;
  /** 'YYYY-MM-DD' (ISO or dd/mm/yyyy in the file); null when unreadable. */
  reportedOn: string | null;
  /** The unit's first day, 'YYYY-MM-DD' (unit_lifetimes); null when it existed before. */
  unitStartedOn: string | null;
  /** The unit's last day, 'YYYY-MM-DD' (unit_lifetimes: the districts' 2025-06-30); null while it exists. */
  unitEndedOn: string | null;
}

/**
 * Every report on the province's plan tasks (the schema's progress_reports: a recognised period and status), with its unit's lifetime, in
 * time order (period end, then period length, then label, task, unit, reported_on).
 */
export function fetchPlanViewReports(conn: Connector, provinceCode: string): Promise<PlanViewReport[]> {
  return conn.query<PlanViewReport>(sql`
    SELECT r.task_id AS "taskId", r.unit, r.period, strftime(r.period_end, '%Y-%m-%d') AS "periodEnd",
           r.period_months::INTEGER AS "periodMonths", r.status, r.percent,
           strftime(r.reported_on, '%Y-%m-%d') AS "reportedOn",
           strftime(ul.started_on, '%Y-%m-%d') AS "unitStartedOn",
           strftime(ul.ended_on, '%Y-%m-%d') AS "unitEndedOn"
    FROM progress_reports r
    JOIN plan_tasks t ON t.task_id = r.task_id
    JOIN plans p ON p.plan = t.plan
    LEFT JOIN unit_lifetimes ul ON ul.province_code = p.province_code AND trim(ul.unit) = r.unit
    WHERE p.province_code = ${provinceCode}
    ORDER BY r.period_end, r.period_months, r.period, r.task_id, r.unit, r.reported_on`);
}

/** The question, its options and hooks (key 'plan-view-reports'). */
export const planViewReportsQuery = defineDataQuery('plan-view-reports', fetchPlanViewReports);

/** The province's progress reports, once the database is ready. */
export const usePlanViewReports = planViewReportsQuery.use;

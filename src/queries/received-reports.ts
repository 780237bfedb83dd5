// Question (Plan view, quarterly report): for the (task, unit) pairs a period's report forms ask for, which
// have a report for that period in the loaded (and kept) task_progress, and from what date?

import type { Connector } from '../db/connector.ts';
import { sql, sqlJoin } from '../db/sql.ts';
import type { ReceivedPair } from '../domain/report-received.ts';
import { defineDataQuery } from './define-data-query.ts';

/** A (task, unit) pair a form asks for (export/report-forms/report-form-model.ts reportingPairsOf decides them). */
export interface ReportingPair {
  readonly taskId: string;
  readonly unit: string;
}

/** What the question needs: the period label ('2025-Q3') and the forms' pairs. */
export interface ReceivedRequest {
  readonly period: string;
  readonly pairs: readonly ReportingPair[];
}

/** Every pair with whether the period has a report on it and the earliest report date, by unit then task. */
export async function fetchReceivedReports(
  conn: Connector,
  { period, pairs }: ReceivedRequest,
): Promise<ReceivedPair[]> {
  if (pairs.length === 0) return [];
  const expected = sqlJoin(pairs.map((pair) => sql`(${pair.taskId}, ${pair.unit})`));
  return conn.query<ReceivedPair>(sql`
    WITH expected(task_id, unit) AS (VALUES ${expected}),
    period_reports AS (
      SELECT task_id, unit, min(reported_on) AS reported_on
      FROM progress_reports
      WHERE period = ${period}
      GROUP BY task_id, unit
    )
    SELECT e.task_id AS "taskId", e.unit, p.task_id IS NOT NULL AS reported,
           strftime(p.reported_on, '%Y-%m-%d') AS "reportedOn"
    FROM expected e
    LEFT JOIN period_reports p ON p.task_id = e.task_id AND p.unit = e.unit
    ORDER BY e.unit, e.task_id`);
}

/** The question, its options and hooks (key 'received-reports'). */
export const receivedReportsQuery = defineDataQuery('received-reports', fetchReceivedReports);

/** The period's receipts, once the database is ready. */
export const useReceivedReports = receivedReportsQuery.use;

// The report forms of the bundled plan 474 for a quarter, made from a real DuckDB with the bundled data.
import type { Connector } from '../../../src/db/connector.ts';
import { buildReportForms, type ReportForm } from '../../../src/export/report-forms/report-form-model.ts';
import { guessUnitLists } from '../../../src/export/report-forms/reporting-units.ts';
import { quarterDueDate } from '../../../src/export/report-forms/report-period.ts';
import { fetchPlanViewReports } from '../../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../../src/queries/plan-view-tasks.ts';

export const PLAN_474 = '474/KH-UBND';

/** The forms of plan 474 for `period`, units listed from those that reported (the panel's default). */
export async function bundledForms(conn: Connector, period: string): Promise<ReportForm[]> {
  const tasks = await fetchPlanViewTasks(conn, 'P43');
  const reports = await fetchPlanViewReports(conn, 'P43');
  return buildReportForms(tasks, reports, {
    plan: PLAN_474,
    planTitle: tasks[0]?.planTitleVi ?? '',
    period,
    dueDate: quarterDueDate(period) ?? '',
    lists: guessUnitLists(reports.map((report) => report.unit)),
  });
}

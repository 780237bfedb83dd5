// The period's receipts in one call, for whoever needs them outside the Plan view (the quarterly report's
// "units that did not report"): the plan's forms decide the (task, unit) pairs, the query checks them.

import type { Connector } from '../../db/connector.ts';
import { summariseReceived, type ReceivedSummary } from '../../domain/report-received.ts';
import type { UnitLists } from '../../domain/report-unit-lists.ts';
import { fetchPlanViewReports, type PlanViewReport } from '../../queries/plan-view-reports.ts';
import { currentPlanOf, fetchPlanViewTasks } from '../../queries/plan-view-tasks.ts';
import { fetchReceivedReports } from '../../queries/received-reports.ts';
import { readReportUnits } from '../../storage/report-units-store.ts';
import { buildReportForms, reportingPairsOf } from './report-form-model.ts';
import { quarterDueDate } from './report-period.ts';
import { guessUnitLists } from './reporting-units.ts';

/** The plan's kept unit lists, else the lists guessed from the units that reported (the forms panel's start). */
export async function resolveUnitLists(plan: string, reports: readonly PlanViewReport[]): Promise<UnitLists> {
  const kept = await readReportUnits(plan);
  return kept.ok && kept.value !== null ? kept.value : guessUnitLists(reports.map((report) => report.unit));
}

/**
 * The province's current plan's receipts for a quarter ('2025-Q3'), due on the plan's rule unless `dueDate` is
 * given, for the units of `lists` (default: the plan's kept lists, as the forms panel resolves them).
 */
export async function fetchReceivedSummary(
  conn: Connector,
  provinceCode: string,
  period: string,
  dueDate: string = quarterDueDate(period) ?? '',
  lists?: UnitLists,
): Promise<ReceivedSummary> {
  const [tasks, reports] = await Promise.all([
    fetchPlanViewTasks(conn, provinceCode),
    fetchPlanViewReports(conn, provinceCode),
  ]);
  const plan = currentPlanOf(tasks) ?? '';
  const unitLists = lists ?? (await resolveUnitLists(plan, reports));
  const forms = buildReportForms(tasks, reports, { plan, planTitle: '', period, dueDate, lists: unitLists });
  const pairs = await fetchReceivedReports(conn, { period, pairs: reportingPairsOf(forms) });
  return summariseReceived(pairs, dueDate);
}

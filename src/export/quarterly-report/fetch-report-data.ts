// Reads what the quarterly report says from the loaded data, through the queries the views use: the
// Plan view's tasks and reports, the progress provenance, the dimension names and the Overview's summary
// (its task sentence judged at the report's period, not the latest).
import type { Connector } from '../../db/connector.ts';
import { briefingParagraphs } from '../../domain/briefing/render-briefing.ts';
import type { UnitLists } from '../../domain/report-unit-lists.ts';
import { listReportedPeriods } from '../../domain/task-state-pairs.ts';
import { createI18n } from '../../i18n/create-i18n.ts';
import type { Language } from '../../i18n/languages.ts';
import { fetchBriefingFacts } from '../../queries/briefing-summary.ts';
import { fetchIndicators } from '../../queries/indicators.ts';
import { fetchPlanTaskStanding } from '../../queries/plan-task-standing.ts';
import { fetchPlanViewReports } from '../../queries/plan-view-reports.ts';
import { currentPlanOf, fetchPlanViewTasks } from '../../queries/plan-view-tasks.ts';
import { fetchProgressProvenance } from '../../queries/progress-provenance.ts';
import { fetchReceivedSummary } from '../report-forms/received-summary.ts';
import type { QuarterlyReportData } from './report-model.ts';

/** Which report to make. */
export interface QuarterlyReportRequest {
  provinceCode: string;
  /** A period the plan has reports for ('2025-Q3'). */
  period: string;
  lang: Language;
  unitLists: UnitLists;
  now: Date;
}

/** The report's data plus what its figures need. */
export interface FetchedReportData extends QuarterlyReportData {
  targetYear: number | null;
  dimensions: { code: string; name: string }[];
}

/** The data of the report on the province's current plan (currentPlanOf: the one the Plan view's forms are made for). */
export async function fetchQuarterlyReportData(
  conn: Connector,
  request: QuarterlyReportRequest,
): Promise<FetchedReportData> {
  const { provinceCode, lang } = request;
  const allTasks = await fetchPlanViewTasks(conn, provinceCode);
  const plan = currentPlanOf(allTasks);
  if (plan === null) throw new Error(`no plan is loaded for ${provinceCode}`);
  const tasks = allTasks.filter((task) => task.plan === plan);
  const taskIds = new Set(tasks.map((task) => task.taskId));
  const reports = (await fetchPlanViewReports(conn, provinceCode)).filter((r) => taskIds.has(r.taskId));
  const period = listReportedPeriods(reports).find((p) => p.period === request.period);
  if (period === undefined) throw new Error(`${plan} has no report for ${request.period}`);
  const targetYear = tasks[0]?.targetYear ?? null;
  const dimensions = (await fetchIndicators(conn))
    .filter((indicator) => indicator.level === 'dimension')
    .map((indicator) => ({
      code: indicator.code,
      name: lang === 'vi' ? indicator.nameVi : indicator.nameEn,
    }));
  const summaryYear = targetYear ?? request.now.getFullYear();
  const facts = await fetchBriefingFacts(conn, provinceCode, summaryYear);
  const standing =
    targetYear === null ? null : await fetchPlanTaskStanding(conn, provinceCode, targetYear, period.period);
  return {
    provinceName: facts.provinceName[lang],
    // provinces.csv has no capital; the place stays "…" for the user to write.
    place: null,
    tasks,
    reports,
    period,
    progress: await fetchProgressProvenance(conn),
    dimensionNames: Object.fromEntries(dimensions.map(({ code, name }) => [code, name])),
    summary: briefingParagraphs({ ...facts, tasks: standing }, createI18n(lang)),
    missingUnits: (
      await fetchReceivedSummary(conn, provinceCode, period.period, undefined, request.unitLists)
    ).missingUnits,
    year: request.now.getFullYear(),
    targetYear,
    dimensions,
  };
}

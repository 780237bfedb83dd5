// Question: as of the latest reported period, how do the tasks of the plan aimed at this year stand
// (done, overdue, never reported), in the words government task tracking uses?
// The states come from the same rule as the Plan view (domain/task-state), over the same rows.

import type { Connector } from '../db/connector.ts';
import type { BriefingTaskFacts } from '../domain/briefing/briefing-facts.ts';
import { buildPairStates, listReportedPeriods } from '../domain/task-state-pairs.ts';
import { countStates } from '../domain/task-state-summary.ts';
import { countTasksByState } from '../domain/task-state-task-counts.ts';
import { fetchPlanViewLatestPeriod } from './plan-view-latest-period.ts';
import { fetchPlanViewReports } from './plan-view-reports.ts';
import { fetchPlanViewTasks } from './plan-view-tasks.ts';
import { fetchProgressProvenance } from './progress-provenance.ts';

/** The plan's tasks as of one period (the briefing's task facts). */
export type PlanTaskStanding = BriefingTaskFacts;

/**
 * The standing of the tasks of the plan(s) aimed at `year` as of `asOfPeriod` (default: the latest reported
 * period); null without such a plan or without any report in that period.
 */
export async function fetchPlanTaskStanding(
  conn: Connector,
  provinceCode: string,
  year: number,
  asOfPeriod?: string,
): Promise<PlanTaskStanding | null> {
  const tasks = (await fetchPlanViewTasks(conn, provinceCode)).filter((task) => task.targetYear === year);
  if (tasks.length === 0) return null;
  const period = asOfPeriod ?? (await fetchPlanViewLatestPeriod(conn, provinceCode));
  if (period === null) return null;
  const taskIds = new Set(tasks.map((task) => task.taskId));
  const reports = (await fetchPlanViewReports(conn, provinceCode)).filter((r) => taskIds.has(r.taskId));
  const asOf = listReportedPeriods(reports).find((p) => p.period === period);
  if (asOf === undefined) return null;
  const pairs = buildPairStates(tasks, reports, asOf);
  const counts = countStates('plan', pairs);
  // The Plan view's counting rule (a task counts when one of its pairs is overdue), so both say "6/33".
  const tasksIn = countTasksByState(pairs).tasks;
  const reportedTasks = new Set(pairs.filter((p) => p.report !== null).map((p) => p.taskId));
  const { isSample } = await fetchProgressProvenance(conn);
  return {
    period,
    taskCount: tasks.length,
    pairCount: counts.pairCount,
    pairsDone: counts.pairsDone,
    overdueTasks: tasksIn.overdue,
    unreportedTasks: tasks.filter((task) => !reportedTasks.has(task.taskId)).length,
    isSample,
  };
}

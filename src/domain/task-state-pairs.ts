// (task, unit) pairs of a plan and their states as of a period: pure, over the fetched rows.
import { taskDeadline, type TaskDeadline } from './deadline.ts';
import { judgeTaskState, type JudgedPeriod, type PairReport, type TaskState } from './task-state.ts';
import { unitExistedIn, type UnitLifetime } from './unit-lifetime.ts';

/** What a pair's state needs from a task. */
export interface StateTask {
  taskId: string;
  /** null: the task is not linked to a dimension. */
  dimension: string | null;
  executingAgencies: string | null;
  timeframeCode: string | null;
  targetYear: number | null;
  explicitDeadline?: string | null;
}

/** What a pair's state needs from a report; the unit's lifetime comes with each of its reports (absent: always existed). */
export interface StateReport extends PairReport, Partial<UnitLifetime> {
  taskId: string;
  unit: string;
  percent: number | null;
}

/** A period the plan has reports for. */
export interface ReportedPeriod extends JudgedPeriod {
  periodMonths: number;
}

/** One (task, unit) pair as of a period. */
export interface PairState {
  taskId: string;
  dimension: string | null;
  /** null: no unit ever reported on the task (one pair, never hidden). */
  unit: string | null;
  state: TaskState;
  /** The report the state comes from (null when not reported). */
  report: StateReport | null;
  /** The latest report that counts as of the period (the one task_pair_states keeps). */
  latestReport: StateReport | null;
  /** True when the unit sent a report for this very period. */
  reportedThisPeriod: boolean;
  deadline: TaskDeadline;
}

/** The distinct periods of the reports, oldest first (same end: shorter first, then by label). */
export function listReportedPeriods(reports: readonly StateReport[]): ReportedPeriod[] {
  const byLabel = new Map<string, ReportedPeriod>();
  for (const { period, periodEnd, periodMonths } of reports)
    byLabel.set(period, { period, periodEnd, periodMonths });
  return [...byLabel.values()].sort(
    (a, b) =>
      a.periodEnd.localeCompare(b.periodEnd) ||
      a.periodMonths - b.periodMonths ||
      a.period.localeCompare(b.period),
  );
}

/** The deadline of a task (see taskDeadline for the rule). */
export function deadlineOf(task: StateTask): TaskDeadline {
  return taskDeadline({
    explicitDeadline: task.explicitDeadline ?? null,
    timeframeCode: task.timeframeCode,
    targetYear: task.targetYear,
  });
}

/**
 * Every pair as of `asOf`: each (task, unit) that ever reported on the task (in any period, as the
 * task_pair_states table counts them) while its unit existed in the period (unit-lifetime.ts), or that
 * reported for that very period anyway; plus one pair with unit null for a task without such a pair (no
 * unit ever reported on it, or only units that did not exist then). Ordered by task then unit.
 */
export function buildPairStates(
  tasks: readonly StateTask[],
  reports: readonly StateReport[],
  asOf: JudgedPeriod,
): PairState[] {
  const byTask = new Map<string, Map<string, StateReport[]>>();
  for (const report of reports) {
    const units = byTask.get(report.taskId) ?? new Map<string, StateReport[]>();
    units.set(report.unit, [...(units.get(report.unit) ?? []), report]);
    byTask.set(report.taskId, units);
  }
  const pairs: PairState[] = [];
  for (const task of tasks) {
    const deadline = deadlineOf(task);
    const units = byTask.get(task.taskId) ?? new Map<string, StateReport[]>();
    const taskPairs = [...units.keys()]
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .flatMap((unit): PairState[] => {
        const unitReports = units.get(unit) ?? [];
        const reportedThisPeriod = unitReports.some((report) => report.period === asOf.period);
        if (!reportedThisPeriod && !unitExistedIn(unitReports[0] ?? {}, asOf)) return [];
        const judged = judgeTaskState(deadline, unitReports, asOf);
        return [
          {
            taskId: task.taskId,
            dimension: task.dimension,
            unit,
            state: judged.state,
            report: judged.report as StateReport | null,
            latestReport: judged.latest as StateReport | null,
            reportedThisPeriod,
            deadline,
          },
        ];
      });
    pairs.push(
      ...(taskPairs.length > 0
        ? taskPairs
        : [
            {
              taskId: task.taskId,
              dimension: task.dimension,
              unit: null,
              state: 'not_reported' as const,
              report: null,
              latestReport: null,
              reportedThisPeriod: false,
              deadline,
            },
          ]),
    );
  }
  return pairs;
}

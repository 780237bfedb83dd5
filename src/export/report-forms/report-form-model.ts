// The forms of one plan and period: per reporting unit, the tasks it reports on and its previous answers.
// The (task, unit) pairs and the report that counts come from domain/task-state-pairs, as in the Plan view.

import {
  buildPairStates,
  deadlineOf,
  type StateReport,
  type StateTask,
} from '../../domain/task-state-pairs.ts';
import { previousQuarter, quarterEnd } from './report-period.ts';
import type { UnitLists } from '../../domain/report-unit-lists.ts';
import { unitExistedIn } from '../../domain/unit-lifetime.ts';
import { unitsOfAgencies } from './reporting-units.ts';

/** What a form needs from a plan task. */
export interface FormTask extends StateTask {
  plan: string;
  task: string;
  /** The plan's wording of the timeframe ("Thường xuyên"), shown when the task has no date. */
  timeframe: string | null;
}

/** A unit's last answer on a task, pre-filled as its starting point. */
export interface PreviousAnswer {
  period: string;
  status: StateReport['status'];
  percent: number | null;
}

/** One task row of a form. */
export interface FormRow {
  /** 1-based, as the form numbers it. */
  stt: number;
  taskId: string;
  /** null: the task is not linked to a dimension. */
  dimension: string | null;
  task: string;
  /** 'YYYY-MM-DD' when the task has a date, else the plan's timeframe wording (or ''). */
  deadline: string;
  previous: PreviousAnswer | null;
}

/** One unit's form. */
export interface ReportForm {
  plan: string;
  planTitle: string;
  period: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  unit: string;
  rows: FormRow[];
}

/** What the forms are made for. */
export interface FormRequest {
  plan: string;
  planTitle: string;
  /** A quarter label ('2025-Q3'). */
  period: string;
  dueDate: string;
  lists: UnitLists;
}

// Judged as a dated task, a pair's latest report is the latest at or before the period whatever the task's
// timeframe (a "Thường xuyên" task would count only a report of that very period); the order of reports
// stays task-state's one rule.
const asDatedTask = (task: FormTask): FormTask => ({ ...task, explicitDeadline: '9999-12-31' });

const deadlineText = (task: FormTask): string => {
  const deadline = deadlineOf(task);
  return deadline.kind === 'date' ? deadline.date : (task.timeframe ?? '');
};

/**
 * One form per unit (units in Vietnamese order), each with the plan's tasks that name the unit (levels
 * expanded by the lists) or that the unit has reported on, in task order; the previous answer is the
 * latest report at or before the quarter before `period`. A unit that did not exist in `period` (its
 * lifetime, as its reports carry it: a district after 30 June 2025) gets no form.
 */
export function buildReportForms(
  tasks: readonly FormTask[],
  reports: readonly StateReport[],
  request: FormRequest,
): ReportForm[] {
  const planTasks = tasks.filter((task) => task.plan === request.plan);
  const previousPeriod = previousQuarter(request.period);
  const previousEnd = previousPeriod === null ? null : quarterEnd(previousPeriod);
  const pairs =
    previousPeriod === null || previousEnd === null
      ? []
      : buildPairStates(planTasks.map(asDatedTask), reports, {
          period: previousPeriod,
          periodEnd: previousEnd,
        });
  const latest = new Map(pairs.map((pair) => [`${pair.taskId}\u0000${pair.unit ?? ''}`, pair.latestReport]));
  const lifetimeOf = new Map(reports.map((report) => [report.unit, report]));
  const formPeriod = { period: request.period, periodEnd: quarterEnd(request.period) ?? '' };
  const existsInPeriod = (unit: string): boolean => unitExistedIn(lifetimeOf.get(unit) ?? {}, formPeriod);
  const unitsOfTask = new Map(
    planTasks.map((task) => {
      const reported = reports.filter((report) => report.taskId === task.taskId).map((report) => report.unit);
      const units = [...unitsOfAgencies(task.executingAgencies, request.lists), ...reported];
      return [task.taskId, new Set(units.filter((unit) => unit !== '' && existsInPeriod(unit)))];
    }),
  );
  const allUnits = [...new Set([...unitsOfTask.values()].flatMap((units) => [...units]))].sort((a, b) =>
    a.localeCompare(b, 'vi'),
  );
  return allUnits.map((unit) => {
    const unitTasks = planTasks.filter((task) => unitsOfTask.get(task.taskId)?.has(unit) === true);
    const rows = unitTasks.map((task, index): FormRow => {
      const report = latest.get(`${task.taskId}\u0000${unit}`) ?? null;
      return {
        stt: index + 1,
        taskId: task.taskId,
        dimension: task.dimension,
        task: task.task,
        deadline: deadlineText(task),
        previous:
          report === null ? null : { period: report.period, status: report.status, percent: report.percent },
      };
    });
    const { plan, planTitle, period, dueDate } = request;
    return { plan, planTitle, period, dueDate, unit, rows };
  });
}

/** The (task, unit) pairs the forms ask for: the one rule of who reports on what, for the received panel too. */
export function reportingPairsOf(forms: readonly ReportForm[]): { taskId: string; unit: string }[] {
  return forms.flatMap((form) => form.rows.map((row) => ({ taskId: row.taskId, unit: form.unit })));
}

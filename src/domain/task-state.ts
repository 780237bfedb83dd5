// The state of one (task, reporting unit) pair as of a period, in the words Vietnam's task tracking uses.
import type { TaskDeadline } from './deadline.ts';

/** Every state, in the order the page lists them. */
export const TASK_STATES = [
  'done_on_time', // hoàn thành đúng hạn
  'done_late', // hoàn thành quá hạn
  'in_progress_on_time', // đang thực hiện trong hạn
  'overdue', // quá hạn, chưa hoàn thành
  'continuous_done', // thường xuyên: hoàn thành trong kỳ
  'continuous_in_progress', // thường xuyên: đang thực hiện trong kỳ
  'continuous_not_started', // thường xuyên: chưa thực hiện trong kỳ
  'not_reported', // chưa báo cáo
] as const;

export type TaskState = (typeof TASK_STATES)[number];

/** States that count as done when computing a completion rate. */
export const DONE_STATES: ReadonlySet<TaskState> = new Set(['done_on_time', 'done_late', 'continuous_done']);

/** One report of a unit on a task. */
export interface PairReport {
  period: string;
  /** Last day of the report's period, 'YYYY-MM-DD'. */
  periodEnd: string;
  /** Months the period covers (quarter 3, half 6, month 1, year 12). */
  periodMonths: number;
  status: 'not_started' | 'in_progress' | 'done';
  /** 'YYYY-MM-DD'; null when the file gave no readable date. */
  reportedOn: string | null;
}

/** The period the state is judged in: "as of" is its last day. */
export interface JudgedPeriod {
  period: string;
  /** 'YYYY-MM-DD' */
  periodEnd: string;
}

/** A pair's state and the report it comes from (null when none counts). */
export interface JudgedState {
  state: TaskState;
  report: PairReport | null;
  /** The latest report that counts as of the period (for a done state, `report` may be an earlier one). */
  latest: PairReport | null;
}

/** Code-point order, as DuckDB sorts text (localeCompare would not). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reports at or before the period, latest first. Ties on the end date ('2024-Q4', '2024-H2', '2024'):
 * the later reported_on first (undated last), then the longer period, then the label; the same order
 * as task_pair_states in db/schema.sql.ts.
 */
function reportsUpTo(reports: readonly PairReport[], asOf: JudgedPeriod): PairReport[] {
  return reports
    .filter((report) => report.periodEnd <= asOf.periodEnd)
    .sort(
      (a, b) =>
        b.periodEnd.localeCompare(a.periodEnd) ||
        (b.reportedOn ?? '').localeCompare(a.reportedOn ?? '') ||
        b.periodMonths - a.periodMonths ||
        compareText(a.period, b.period),
    );
}

/**
 * Judges a pair as of `asOf` (its last day).
 * - With a deadline: the latest report at or before the period counts. Done → on time when the first
 *   report saying done (in the current run of done reports) shows it done by the deadline: its period
 *   ended by then (a Q4 report filed in January still says the work was done in Q4) or it was dated by
 *   then; else late.
 *   Not done → overdue when the period ends after the deadline, else in progress within it.
 * - Without a deadline ("Thường xuyên"): only a report for this very period counts.
 * - No counting report: not reported.
 */
export function judgeTaskState(
  deadline: TaskDeadline,
  reports: readonly PairReport[],
  asOf: JudgedPeriod,
): JudgedState {
  if (deadline.kind === 'none') {
    const own = reportsUpTo(reports, asOf).find((report) => report.period === asOf.period);
    if (own === undefined) return { state: 'not_reported', report: null, latest: null };
    const state =
      own.status === 'done'
        ? 'continuous_done'
        : own.status === 'in_progress'
          ? 'continuous_in_progress'
          : 'continuous_not_started';
    return { state, report: own, latest: own };
  }
  const history = reportsUpTo(reports, asOf);
  const latest = history[0];
  if (latest === undefined) return { state: 'not_reported', report: null, latest: null };
  if (latest.status !== 'done') {
    const state = asOf.periodEnd > deadline.date ? 'overdue' : 'in_progress_on_time';
    return { state, report: latest, latest };
  }
  // The first report of the latest unbroken run of "done" reports: when the unit said it was done.
  let first = latest;
  for (const report of history) {
    if (report.status !== 'done') break;
    first = report;
  }
  // Done by the end of the period reported on, or by the report's date if that came first.
  const doneOn =
    first.reportedOn !== null && first.reportedOn < first.periodEnd ? first.reportedOn : first.periodEnd;
  return { state: doneOn <= deadline.date ? 'done_on_time' : 'done_late', report: first, latest };
}

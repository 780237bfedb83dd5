// Which units sent their report for a period: per (task, unit) pair the forms ask for, whether the period
// has a report and its date; per unit, whether it reported, late or not. Pure, so the received panel and
// the quarterly report (units that did not report) say the same.

/** One (task, unit) pair the period's forms ask for, and the unit's report on it for that period. */
export interface ReceivedPair {
  readonly taskId: string;
  readonly unit: string;
  readonly reported: boolean;
  /** The earliest report date of the pair in the period, 'YYYY-MM-DD'; null when none or undated. */
  readonly reportedOn: string | null;
}

/** Where a unit stands for the period. */
export type ReceiptState = 'on_time' | 'late' | 'missing';

/** One unit's receipt: its tasks, how many it reported, its first report date and its state. */
export interface UnitReceipt {
  readonly unit: string;
  readonly tasks: number;
  readonly reportedTasks: number;
  readonly firstReportedOn: string | null;
  readonly state: ReceiptState;
}

/** The period's receipts: every unit, and the counts and lists the panel and the report show. */
export interface ReceivedSummary {
  readonly units: readonly UnitReceipt[];
  readonly reportedUnits: number;
  readonly missingUnits: readonly string[];
  readonly lateUnits: readonly string[];
  /** Tasks none of whose units reported for the period, in task id order. */
  readonly unreportedTasks: readonly string[];
}

const byVietnamese = (a: string, b: string): number => a.localeCompare(b, 'vi');

/**
 * A unit reported when any of its pairs has a report for the period; it reported late when its first
 * report date is after `dueDate` (a corrected form sent later does not make an on-time unit late).
 */
export function summariseReceived(pairs: readonly ReceivedPair[], dueDate: string): ReceivedSummary {
  const byUnit = new Map<string, ReceivedPair[]>();
  for (const pair of pairs) byUnit.set(pair.unit, [...(byUnit.get(pair.unit) ?? []), pair]);
  const units = [...byUnit.entries()]
    .map(([unit, unitPairs]): UnitReceipt => {
      const reported = unitPairs.filter((pair) => pair.reported);
      const dates = reported.flatMap((pair) => pair.reportedOn ?? []).sort();
      const firstReportedOn = dates[0] ?? null;
      const state: ReceiptState =
        reported.length === 0
          ? 'missing'
          : firstReportedOn !== null && dueDate !== '' && firstReportedOn > dueDate
            ? 'late'
            : 'on_time';
      return { unit, tasks: unitPairs.length, reportedTasks: reported.length, firstReportedOn, state };
    })
    .sort((a, b) => byVietnamese(a.unit, b.unit));
  const reportedTaskIds = new Set(pairs.filter((pair) => pair.reported).map((pair) => pair.taskId));
  const unreportedTasks = [...new Set(pairs.map((pair) => pair.taskId))]
    .filter((taskId) => !reportedTaskIds.has(taskId))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    units,
    reportedUnits: units.filter((unit) => unit.state !== 'missing').length,
    missingUnits: units.filter((unit) => unit.state === 'missing').map((unit) => unit.unit),
    lateUnits: units.filter((unit) => unit.state === 'late').map((unit) => unit.unit),
    unreportedTasks,
  };
}

/** The columns the units table sorts by. */
export type ReceiptSortKey = 'unit' | 'reported' | 'date' | 'state';

const STATE_ORDER: Readonly<Record<ReceiptState, number>> = { missing: 0, late: 1, on_time: 2 };

/** The units sorted by `key` (ties: the unit's name), ascending or descending. */
export function sortReceipts(
  units: readonly UnitReceipt[],
  key: ReceiptSortKey,
  direction: 'asc' | 'desc',
): UnitReceipt[] {
  const compare = (a: UnitReceipt, b: UnitReceipt): number => {
    if (key === 'reported') return a.reportedTasks / a.tasks - b.reportedTasks / b.tasks;
    if (key === 'date') return (a.firstReportedOn ?? '').localeCompare(b.firstReportedOn ?? '');
    if (key === 'state') return STATE_ORDER[a.state] - STATE_ORDER[b.state];
    return 0;
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...units].sort((a, b) => sign * compare(a, b) || byVietnamese(a.unit, b.unit));
}

// Sections II and III of the quarterly report, language-free: overdue tasks by reporting unit, the units
// that sent no report for the period (from the received panel's rule: report-forms/received-summary), and the
// tasks due in the next quarter. States come from the pairs (domain/task-state-pairs).
import type { JudgedPeriod } from '../../domain/task-state.ts';
import { DONE_STATES } from '../../domain/task-state.ts';
import type { PairState } from '../../domain/task-state-pairs.ts';
import { deadlineOf, type StateTask } from '../../domain/task-state-pairs.ts';

/**
 * The overdue pairs (quá hạn, chưa hoàn thành) grouped by the unit that reports them: each unit (Vietnamese
 * order) with its overdue task ids in plan order.
 */
export function listOverdueByUnit(
  tasks: readonly { taskId: string }[],
  pairs: readonly PairState[],
): { unit: string; taskIds: string[] }[] {
  const order = new Map(tasks.map((task, index) => [task.taskId, index]));
  const byUnit = new Map<string, string[]>();
  for (const pair of pairs) {
    if (pair.state !== 'overdue' || pair.unit === null) continue;
    byUnit.set(pair.unit, [...(byUnit.get(pair.unit) ?? []), pair.taskId]);
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .map(([unit, taskIds]) => ({
      unit,
      taskIds: taskIds.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    }));
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The quarter after the day `periodEnd` ('2025-09-30' → 2025-Q4), with its last day. */
export function quarterAfter(periodEnd: string): JudgedPeriod {
  const [year = 0, month = 0] = periodEnd.split('-').map(Number);
  const nextYear = month === 12 ? year + 1 : year;
  const quarter = Math.floor((month % 12) / 3) + 1;
  const endMonth = quarter * 3;
  const endDay = new Date(Date.UTC(nextYear, endMonth, 0)).getUTCDate();
  return {
    period: `${String(nextYear)}-Q${String(quarter)}`,
    periodEnd: `${String(nextYear)}-${pad(endMonth)}-${pad(endDay)}`,
  };
}

/** A task to focus on next period, and why: its deadline falls in it, or it is already overdue. */
export interface NextTask {
  taskId: string;
  reason: 'dueNext' | 'overdue';
  /** 'YYYY-MM-DD' */
  deadline: string;
}

/**
 * The tasks not yet done by every unit whose deadline falls in `next`, then those already overdue (to be
 * finished), each in plan order.
 */
export function listNextPeriodTasks(
  tasks: readonly StateTask[],
  pairs: readonly PairState[],
  asOf: JudgedPeriod,
  next: JudgedPeriod,
): NextTask[] {
  const pairsOf = (taskId: string) => pairs.filter((pair) => pair.taskId === taskId);
  const dated = tasks.flatMap((task) => {
    const deadline = deadlineOf(task);
    return deadline.kind === 'date' ? [{ taskId: task.taskId, deadline: deadline.date }] : [];
  });
  const dueNext = dated.filter(
    ({ taskId, deadline }) =>
      deadline > asOf.periodEnd &&
      deadline <= next.periodEnd &&
      !pairsOf(taskId).every((pair) => DONE_STATES.has(pair.state)),
  );
  const overdue = dated.filter(({ taskId }) => pairsOf(taskId).some((pair) => pair.state === 'overdue'));
  return [
    ...dueNext.map((task) => ({ ...task, reason: 'dueNext' as const })),
    ...overdue.map((task) => ({ ...task, reason: 'overdue' as const })),
  ];
}

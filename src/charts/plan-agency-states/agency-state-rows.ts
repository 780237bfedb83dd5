// The four deadline states per executing agency, as the chart draws them: agencies with a dated task only,
// the most overdue on top.
import type { TaskState } from '../../domain/task-state.ts';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import { OKABE_ITO } from '../palette.ts';

/** The states a task with a deadline can be in, stacked in this order from zero: overdue first. */
export const DEADLINE_STATES = [
  'overdue',
  'in_progress_on_time',
  'done_late',
  'done_on_time',
] as const satisfies readonly TaskState[];

export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** The legend's order: the Plan view's order of the states (done on time first). */
export const LEGEND_STATE_ORDER: readonly DeadlineState[] = [
  'done_on_time',
  'done_late',
  'in_progress_on_time',
  'overdue',
];

/** The Okabe-Ito colour of each state: the edge colours of the Plan view's state tags (state-tag.css). */
export const DEADLINE_STATE_COLOURS: Readonly<Record<DeadlineState, string>> = {
  done_on_time: OKABE_ITO.bluishGreen,
  done_late: OKABE_ITO.skyBlue,
  in_progress_on_time: OKABE_ITO.orange,
  overdue: OKABE_ITO.vermillion,
};

/** Pairs of an agency in the four deadline states. */
export const deadlinePairs = (row: StateCounts): number =>
  DEADLINE_STATES.reduce((sum, state) => sum + row.counts[state], 0);

/**
 * The agencies drawn, top to bottom: only those with a pair in a deadline state (an agency with only
 * "Thường xuyên" tasks has no deadline to meet); most overdue pairs first, then most pairs with a deadline,
 * then the name.
 */
export function orderAgencyRows(rows: readonly StateCounts[]): StateCounts[] {
  return rows
    .filter((row) => deadlinePairs(row) > 0)
    .sort(
      (a, b) =>
        b.counts.overdue - a.counts.overdue ||
        deadlinePairs(b) - deadlinePairs(a) ||
        a.key.localeCompare(b.key, 'vi'),
    );
}

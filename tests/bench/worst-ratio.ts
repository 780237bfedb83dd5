// Issue 24 judges the first figures on the worst run. A run in which the app never showed them is the worst
// there is: it counts as Infinity ("missed"), never as a gap that hides the figure.

import { ratio } from './bench-kit.ts';

export interface RunTimes {
  /** The app's time in this run, or null when it never got there. */
  app: number | null;
  /** The floor's time in the same run, or null when the floor itself did not draw. */
  floor: number | null;
}

/**
 * The worst per-run ratio of app to floor: Infinity when the app missed in any run; runs whose floor did not
 * draw cannot be judged and are left out; null only when no run can be judged.
 */
export function worstRatio(runs: readonly RunTimes[]): number | null {
  const judged = runs.filter((run) => run.floor !== null && run.floor > 0);
  if (judged.length === 0) return null;
  return Math.max(
    ...judged.map((run) => (run.app === null ? Infinity : (ratio(run.app, run.floor) ?? Infinity))),
  );
}

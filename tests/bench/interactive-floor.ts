// The least a live answer can take in the app, per run: the app's engine instantiated, plus what the floor page
// itself needs after its engine instantiated to show its figure (open the database, read the CSV, answer one
// query). No page that keeps its data in DuckDB can answer sooner after instantiating than that page does.

import { ratio } from './bench-kit.ts';

export interface InteractiveFloorRun {
  /** When the app's engine instantiated in this run. */
  appInstantiated: number | null;
  /** When the floor page's engine instantiated, and when its figure showed, in the same run. */
  floorInstantiated: number | null;
  floorFigures: number | null;
  /** The floor page's time the budgets are ratios to (its chart drawn). */
  floorChart: number | null;
}

/** The run's floor for a live answer, as a ratio to the floor page's time; null when a time is missing. */
export function interactiveFloorRatio(run: InteractiveFloorRun): number | null {
  const { appInstantiated, floorInstantiated, floorFigures, floorChart } = run;
  if (appInstantiated === null || floorInstantiated === null || floorFigures === null) return null;
  return ratio(appInstantiated + Math.max(0, floorFigures - floorInstantiated), floorChart);
}

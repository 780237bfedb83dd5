// The bundled CSVs, inlined by Vite (`?raw`). The only Vite-specific import of the data files.

import indicatorsCsv from '../../data/indicators.csv?raw';
import scoresCsv from '../../data/papi-scores.csv?raw';
import planTasksCsv from '../../data/plan-tasks.csv?raw';
import plansCsv from '../../data/plans.csv?raw';
import provincesCsv from '../../data/provinces.csv?raw';
import taskProgressCsv from '../../data/task-progress.sample.csv?raw';
import type { TableName } from '../db/tables';

/** The text of every bundled CSV, per table. */
export const BUNDLED_FILES: Record<TableName, string> = {
  score_rows: scoresCsv,
  provinces: provincesCsv,
  indicators: indicatorsCsv,
  plans: plansCsv,
  plan_tasks: planTasksCsv,
  task_progress: taskProgressCsv,
};

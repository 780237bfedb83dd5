// The bundled CSVs' URLs on the dev server (Vite `?url`), which ships no bundled database: only bundled-files.ts imports
// this, under `import.meta.env.DEV`, so a build neither bundles it nor emits the CSVs.

import indicatorsCsvUrl from '../../data/indicators.csv?url';
import scoresCsvUrl from '../../data/papi-scores.csv?url';
import planTasksCsvUrl from '../../data/plan-tasks.csv?url';
import planGoalsCsvUrl from '../../data/plan-goals.csv?url';
import plansCsvUrl from '../../data/plans.csv?url';
import provincesCsvUrl from '../../data/provinces.csv?url';
import surveyIndicatorsCsvUrl from '../../data/survey-indicators.csv?url';
import taskProgressCsvUrl from '../../data/task-progress.sample.csv?url';
import unitLifetimesCsvUrl from '../../data/unit-lifetimes.csv?url';
import type { TableName } from '../db/tables.ts';

export const BUNDLED_CSV_URLS: Record<TableName, string> = {
  score_rows: scoresCsvUrl,
  provinces: provincesCsvUrl,
  indicators: indicatorsCsvUrl,
  plans: plansCsvUrl,
  plan_tasks: planTasksCsvUrl,
  task_progress: taskProgressCsvUrl,
  plan_goals: planGoalsCsvUrl,
  survey_indicators: surveyIndicatorsCsvUrl,
  unit_lifetimes: unitLifetimesCsvUrl,
};

// Which bundled CSV under data/ feeds which table (shared by the Vite loader and Node tests).

import type { TableName } from '../db/tables.ts';

/** File name under data/ for each table. */
export const BUNDLED_FILE_NAMES: Record<TableName, string> = {
  score_rows: 'papi-scores.csv',
  provinces: 'provinces.csv',
  indicators: 'indicators.csv',
  plans: 'plans.csv',
  plan_tasks: 'plan-tasks.csv',
  task_progress: 'task-progress.sample.csv',
  plan_goals: 'plan-goals.csv',
  survey_indicators: 'survey-indicators.csv',
  unit_lifetimes: 'unit-lifetimes.csv',
};

/** The bundled progress file is illustrative until the user imports real reports. */
export const BUNDLED_SAMPLE_TABLES: readonly TableName[] = ['task_progress'];

/** The `datasets.source` recorded for a bundled table. */
export const bundledSource = (table: TableName): string => `bundled: data/${BUNDLED_FILE_NAMES[table]}`;

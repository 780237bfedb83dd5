// The bundled CSVs as static assets (Vite `?url`: hashed files next to the app, the smallest inlined
// as data: URLs), fetched as bytes while DuckDB starts and handed to DuckDB without a detour through
// a JS string. The only Vite-specific import of the data files.

import indicatorsCsvUrl from '../../data/indicators.csv?url';
import scoresCsvUrl from '../../data/papi-scores.csv?url';
import planTasksCsvUrl from '../../data/plan-tasks.csv?url';
import planGoalsCsvUrl from '../../data/plan-goals.csv?url';
import plansCsvUrl from '../../data/plans.csv?url';
import provincesCsvUrl from '../../data/provinces.csv?url';
import surveyIndicatorsCsvUrl from '../../data/survey-indicators.csv?url';
import taskProgressCsvUrl from '../../data/task-progress.sample.csv?url';
import unitLifetimesCsvUrl from '../../data/unit-lifetimes.csv?url';
import { CSV_TABLES, type TableName } from '../db/tables.ts';
import { BUNDLED_FILE_NAMES } from './bundled-file-names.ts';

const BUNDLED_FILE_URLS: Record<TableName, string> = {
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

let fetched: Promise<Record<TableName, ArrayBuffer>> | null = null;

async function fetchOne(table: TableName): Promise<readonly [TableName, ArrayBuffer]> {
  const response = await fetch(BUNDLED_FILE_URLS[table]);
  if (!response.ok) {
    throw new Error(
      `Could not load the bundled data file ${BUNDLED_FILE_NAMES[table]} (HTTP ${response.status}).`,
    );
  }
  return [table, await response.arrayBuffer()];
}

/** Starts fetching every bundled file (once); a failure surfaces from bundledFiles(). */
export function prefetchBundledFiles(): void {
  fetched ??= Promise.all(CSV_TABLES.map(fetchOne)).then(
    (entries) => Object.fromEntries(entries) as Record<TableName, ArrayBuffer>,
  );
  fetched.catch(() => undefined);
}

/** The bytes of every bundled CSV, per table: fresh copies, since loading hands them over to DuckDB's worker. */
export async function bundledFiles(): Promise<Record<TableName, Uint8Array>> {
  prefetchBundledFiles();
  const buffers = await (fetched as Promise<Record<TableName, ArrayBuffer>>);
  const copies = CSV_TABLES.map((table) => [table, new Uint8Array(buffers[table].slice(0))] as const);
  return Object.fromEntries(copies) as Record<TableName, Uint8Array>;
}

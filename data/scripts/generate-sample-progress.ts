/**
 * npm run data:progress — writes data/task-progress.sample.csv (illustrative reports, not real ones) and
 * data/unit-lifetimes.csv (when its district units ended and its communes' unit began), from one list of units.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitAgencies } from '../../src/ingest/plan-document/agencies.ts';
import { formatCsv, parseCsvRecords } from './lib/csv.ts';
import {
  PROGRESS_HEADER,
  generateSampleProgress,
  progressRowCells,
  quartersBetween,
} from './lib/sample-progress.ts';
import { UNIT_LIFETIMES_HEADER, unitLifetimeRows } from './lib/reporting-units.ts';

const DATA_DIR = fileURLToPath(new URL('..', import.meta.url));

export const SAMPLE_SETTINGS = {
  seed: 20240718, // the plan's date: any fixed number would do
  periods: quartersBetween('2024-Q3', '2025-Q4'),
  unreportedTasks: 3,
  skipChance: 0.08,
  // Districts were abolished on 1 July 2025: the communes report from the quarter that starts that day.
  communesFrom: '2025-Q3',
};

/** Reads plan-tasks.csv from `dataDir` and writes task-progress.sample.csv and unit-lifetimes.csv into `outDir`. */
export function writeSampleProgress(dataDir: string, outDir: string): void {
  const tasks = parseCsvRecords(readFileSync(join(dataDir, 'plan-tasks.csv'), 'utf8'), [
    'task_id',
    'executing_agencies',
  ]).map((t) => ({ taskId: t.task_id, executingAgencies: splitAgencies(t.executing_agencies) }));
  const rows = generateSampleProgress(tasks, SAMPLE_SETTINGS);
  writeFileSync(
    join(outDir, 'task-progress.sample.csv'),
    formatCsv(PROGRESS_HEADER, rows.map(progressRowCells)),
  );
  writeFileSync(join(outDir, 'unit-lifetimes.csv'), formatCsv(UNIT_LIFETIMES_HEADER, unitLifetimeRows()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeSampleProgress(DATA_DIR, DATA_DIR);
  console.log('wrote data/task-progress.sample.csv and data/unit-lifetimes.csv');
}

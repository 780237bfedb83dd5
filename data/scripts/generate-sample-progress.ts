/** npm run data:progress — writes data/task-progress.sample.csv: illustrative reports, not real ones. */
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

const DATA_DIR = fileURLToPath(new URL('..', import.meta.url));

export const SAMPLE_SETTINGS = {
  seed: 20240718, // the plan's date: any fixed number would do
  periods: quartersBetween('2024-Q3', '2025-Q4'),
  unreportedTasks: 3,
  skipChance: 0.08,
};

/** Reads plan-tasks.csv from `dataDir` and writes task-progress.sample.csv into `outDir`. */
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
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeSampleProgress(DATA_DIR, DATA_DIR);
  console.log('wrote data/task-progress.sample.csv');
}

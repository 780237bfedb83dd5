/**
 * npm run data:plan — extracts the tasks of plan 474/KH-UBND (seeds/) into data/plan-tasks.csv and
 * its identity into data/plans.csv, with the same parser the browser uses for a dropped plan
 * (src/ingest/plan-document). Stricter than the browser: any row the parser would flag for review fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTextDocument } from '../../src/ingest/plan-document/document-table.ts';
import type { IndicatorName } from '../../src/ingest/plan-document/match-indicator.ts';
import {
  PLAN_TASKS_HEADER,
  assignTaskIds,
  planTaskCells,
} from '../../src/ingest/plan-document/plan-tasks.ts';
import { readPlanDocument } from '../../src/ingest/plan-document/read-plan-document.ts';
import { formatCsv, parseCsvRecords } from './lib/csv.ts';

const REPO_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const PLAN_SEED = 'seeds/dak-nong-474-KH-UBND-2024-papi-plan.txt';

// What the document cannot say about itself: whose plan it is in our province codes, and in English.
const PLAN_PROVINCE_CODE = 'P43';
const PLAN_TITLE_EN =
  'Plan to improve the Provincial Governance and Public Administration Performance Index (PAPI) of Đắk Nông province in 2024';

export const PLANS_HEADER = [
  'plan',
  'province_code',
  'title_vi',
  'title_en',
  'issued_on',
  'source',
  'target_year',
] as const;

/** The official indicator names (data/indicators.csv), which name the plan's dimensions by their words. */
function readIndicatorNames(repoDir: string): IndicatorName[] {
  const text = readFileSync(join(repoDir, 'data/indicators.csv'), 'utf8');
  return parseCsvRecords(text, ['code', 'level', 'name_vi'] as const).map((row) => ({
    code: row.code,
    level: row.level,
    nameVi: row.name_vi,
  }));
}

/** Reads the seed under `repoDir` and writes plan-tasks.csv and plans.csv into `outDir`. */
export function extractPlan(repoDir: string, outDir: string): void {
  const document = readTextDocument(readFileSync(join(repoDir, PLAN_SEED), 'utf8'));
  const reading = readPlanDocument(document, { indicators: readIndicatorNames(repoDir), provinces: [] });
  if (!reading.ok) throw new Error(`plan document: ${reading.reason} (looked for ${reading.lookedFor})`);
  const doubts = [
    ...reading.skipped.map((row) => `line ${row.row}: heading not recognised: ${row.text}`),
    ...reading.tasks.flatMap((task) =>
      task.flags.map((flag) => `line ${task.row}: ${flag.key} ${JSON.stringify(flag.args)}`),
    ),
  ];
  if (doubts.length > 0) throw new Error(`plan document:\n${doubts.join('\n')}`);
  const { identity } = reading;
  if (identity.plan === '' || identity.issuedOn === '' || identity.titleVi === '')
    throw new Error('plan document: number, date or title not found');
  // The title names the PAPI year the plan improves ("… PAPI … năm 2024"); never guessed from the date.
  if (identity.targetYear === null)
    throw new Error(
      `plan document: no target year ("năm YYYY") at the end of the title: ${identity.titleVi}`,
    );
  const tasks = assignTaskIds(reading.tasks, identity.plan);
  writeFileSync(join(outDir, 'plan-tasks.csv'), formatCsv(PLAN_TASKS_HEADER, tasks.map(planTaskCells)));
  writeFileSync(
    join(outDir, 'plans.csv'),
    formatCsv(PLANS_HEADER, [
      [
        identity.plan,
        PLAN_PROVINCE_CODE,
        identity.titleVi,
        PLAN_TITLE_EN,
        identity.issuedOn,
        PLAN_SEED,
        String(identity.targetYear),
      ],
    ]),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  extractPlan(REPO_DIR, join(REPO_DIR, 'data'));
  console.log('wrote data/plan-tasks.csv and data/plans.csv');
}

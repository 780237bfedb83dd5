/**
 * npm run data:plan — extracts the tasks of plan 474/KH-UBND (seeds/) into data/plan-tasks.csv and
 * its identity into data/plans.csv.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatCsv } from './lib/csv.ts';
import { readAppendixRows } from './lib/plan-appendix.ts';
import { readPlanHeader } from './lib/plan-header.ts';
import { PLAN_TASKS_HEADER, buildPlanTasks, planTaskCells } from './lib/plan-tasks.ts';

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

/** Reads the seed under `repoDir` and writes plan-tasks.csv and plans.csv into `outDir`. */
export function extractPlan(repoDir: string, outDir: string): void {
  const document = readFileSync(join(repoDir, PLAN_SEED), 'utf8');
  const header = readPlanHeader(document);
  const tasks = buildPlanTasks(readAppendixRows(document), header.plan);
  writeFileSync(join(outDir, 'plan-tasks.csv'), formatCsv(PLAN_TASKS_HEADER, tasks.map(planTaskCells)));
  writeFileSync(
    join(outDir, 'plans.csv'),
    formatCsv(PLANS_HEADER, [
      [
        header.plan,
        PLAN_PROVINCE_CODE,
        header.titleVi,
        PLAN_TITLE_EN,
        header.issuedOn,
        PLAN_SEED,
        String(header.targetYear),
      ],
    ]),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  extractPlan(REPO_DIR, join(REPO_DIR, 'data'));
  console.log('wrote data/plan-tasks.csv and data/plans.csv');
}

// `npm run bench` (builds first): measures the built app served like `npm start` (src/server/serve-dist.ts:
// pre-compressed files, cache and CSP headers) in headless Debian Chromium against a floor page served
// alike (tests/bench/floor: the same DuckDB bundle and CSV, one query, one chart). Every timing is a
// ratio to the floor of the same run; runs alternate and medians are reported. Budgets from issue 10
// are reported as met or as the gap; nothing is asserted. Prints tables; writes tests/.artifacts/bench.json.
//
// Each measurement is a section (tests/bench/sections): adding one is one line in SECTIONS.
// Arguments: the sections to run by their name's first word (`tsx tests/bench/run-bench.ts workbook`); none: all.
// Env: BENCH_RUNS (alternating runs, default 3), BENCH_SKIP (comma-separated section names' first word,
// e.g. "Lighthouse"), CHROMIUM_PATH (default /usr/bin/chromium).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveDist } from '../../src/server/serve-dist.ts';
import { ARTIFACTS_DIR, DIST_DIR } from '../e2e/helpers/server.ts';
import {
  benchJsonReplacer,
  budgetRow,
  table,
  type BenchContext,
  type BenchSection,
  type Budget,
} from './bench-kit.ts';
import { buildFloor } from './floor-build.ts';
import { browserVisitsSection } from './sections/browser-visits.ts';
import { buildSizesSection } from './sections/build-sizes.ts';
import { importSpeedSection } from './sections/import-speed.ts';
import { indicatorSwitchSection } from './sections/indicator-switch.ts';
import { lighthouseSection } from './sections/lighthouse-scores.ts';
import { lowEndPcSection } from './sections/low-end-pc.ts';
import { reportFormsSection } from './sections/report-forms.ts';
import { workbookImportSection } from './sections/workbook-import.ts';

const SECTIONS: BenchSection[] = [
  buildSizesSection,
  browserVisitsSection,
  indicatorSwitchSection,
  lowEndPcSection,
  lighthouseSection,
  importSpeedSection,
  workbookImportSection,
  reportFormsSection,
];

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const SKIP = (process.env.BENCH_SKIP ?? '')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const ONLY = process.argv.slice(2).map((s) => s.toLowerCase());
const selected = (section: BenchSection): boolean => {
  const name = section.name.toLowerCase();
  return (ONLY.length === 0 || ONLY.some((s) => name.startsWith(s))) && !SKIP.some((s) => name.startsWith(s));
};

/** A run of some sections updates theirs in the last bench.json and keeps the others' results and budgets. */
function mergedWithEarlier(path: string, json: Record<string, unknown>): Record<string, unknown> {
  if (!existsSync(path)) return json;
  const earlier = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const fresh = json.budgets as Budget[];
  const kept = ((earlier.budgets ?? []) as Budget[]).filter((b) => !fresh.some((f) => f.name === b.name));
  return { ...earlier, ...json, budgets: [...kept, ...fresh] };
}

/** Every run's budgets so far, this one last: bench.json keeps each run (issue 24), not only the latest. */
function withThisRun(path: string, json: Record<string, unknown>): unknown[] {
  const earlier = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { history?: unknown[] }) : {};
  const sections = Object.keys(json).filter((key) => key !== 'runs' && key !== 'budgets');
  return [
    ...(earlier.history ?? []),
    { at: new Date().toISOString(), runs: RUNS, sections, budgets: json.budgets },
  ];
}

async function main(): Promise<void> {
  console.log(`PAPI dashboard benchmark: ${RUNS} alternating runs; dist: ${DIST_DIR}`);
  const floorDir = await buildFloor();
  const app = await serveDist(DIST_DIR, 0);
  const floor = await serveDist(floorDir, 0);
  const context: BenchContext = { runs: RUNS, app, floor, distDir: DIST_DIR };
  const budgets: Budget[] = [];
  const json: Record<string, unknown> = { runs: RUNS };
  try {
    for (const section of SECTIONS) {
      if (!selected(section)) continue;
      console.log(`\n== ${section.name}`);
      const result = await section.run(context);
      console.log(table(result.table));
      for (const more of result.more ?? []) console.log(`\n${table(more)}`);
      budgets.push(...result.budgets);
      json[section.name] = result.json;
    }
  } finally {
    await app.close();
    await floor.close();
  }
  console.log('\n== Budgets (issues 10 and 24): met, or the gap');
  console.log(table([['budget', 'measured', 'budget', 'verdict'], ...budgets.map(budgetRow)]));
  json.budgets = budgets;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const out = join(ARTIFACTS_DIR, 'bench.json');
  const latest = ONLY.length === 0 ? json : mergedWithEarlier(out, json);
  writeFileSync(out, JSON.stringify({ ...latest, history: withThisRun(out, json) }, benchJsonReplacer, 2));
  console.log(`\nraw results: ${relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);

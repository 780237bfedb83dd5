// Issue 23, item 10: "a start with a 49 MB import kept is within 1.5x of a bare start". Two browser profiles
// that have each opened the built app once: one keeps the big scores CSV (imported on the Data view), the
// other nothing. Their page loads then alternate, and each load is timed from navigation to the data-ready
// mark (the engine live with the bundled data and every kept import applied). Reports medians and their
// ratio; asserts nothing (the machine is a noisy 2-core box).
//
// Env: START_RUNS (default 5 loads of each), START_DETAIL=1 (the last kept start's timeline: its SQL over
// 100 ms, from the app's own 'papi:sql' measures), and bigFile()'s LONG_TASK_ROWS / LONG_TASK_FILE.
// Run alone, after `npx vite build`: `npx tsx tests/bench/import/start-with-kept-file.ts`.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REAPPLY_MARK } from '../../../src/session/reapply-kept-imports.ts';
import { waitForDataReady } from '../../e2e/helpers/app.ts';
import { launchGuarded, type GuardedContext } from '../../e2e/helpers/browser.ts';
import { startStaticServer } from '../../e2e/helpers/server.ts';
import { median } from '../bench-kit.ts';
import { bigFile } from './long-tasks-on-import.ts';

const TIMEOUT_MS = 300_000;
const DATA_VIEW = '?province=P43&year=2024&lang=vi&view=data';
const FILE_NAME = 'big-scores.csv';

interface StartTiming {
  /** Navigation to the data-ready mark, ms. */
  readonly liveMs: number;
  /** How many kept files the start re-applied (0 for the bare profile). */
  readonly reapplied: number;
}

async function timedStart(page: Page, url: string): Promise<StartTiming> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForDataReady(page, TIMEOUT_MS);
  return page.evaluate((mark) => {
    const ready = performance.getEntriesByName('papi:data-ready', 'mark')[0];
    const reapply = performance.getEntriesByName(mark, 'mark').at(-1) as PerformanceMark | undefined;
    const detail = reapply?.detail as { files?: number } | undefined;
    return { liveMs: Math.round(ready?.startTime ?? Number.NaN), reapplied: detail?.files ?? 0 };
  }, REAPPLY_MARK);
}

/** The page's SQL that took over 100 ms, in order, with its start and duration. */
async function printTimeline(page: Page): Promise<void> {
  const measures = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('papi:sql') && entry.duration > 100)
      .concat(
        performance
          .getEntriesByType('mark')
          .filter((entry) => entry.name.startsWith('t:') || entry.name.startsWith('papi')),
      )
      .sort((a, b) => a.startTime - b.startTime)
      .map(
        (entry) => [Math.round(entry.startTime), Math.round(entry.duration), entry.name.slice(9)] as const,
      ),
  );
  for (const [start, duration, name] of measures) console.log(`${start} +${duration} ms  ${name}`);
}

async function openedOnce(origin: string): Promise<{ browser: GuardedContext; page: Page }> {
  const browser = await launchGuarded({ origin, observeOnly: true, measuresSpeed: true });
  const page = await browser.context.newPage();
  await page.goto(`${origin}/${DATA_VIEW}`);
  await waitForDataReady(page, TIMEOUT_MS);
  return { browser, page };
}

export async function measureStartWithKeptFile(bytes: Uint8Array, runs: number) {
  // Playwright takes a buffer up to 50 MB only: the file goes by path.
  const path = join(mkdtempSync(join(tmpdir(), 'papi-start-kept-')), FILE_NAME);
  writeFileSync(path, bytes);
  const server = await startStaticServer();
  const url = `${server.origin}/${DATA_VIEW}`;
  const bare = await openedOnce(server.origin);
  const kept = await openedOnce(server.origin);
  try {
    await kept.page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles(path);
    await kept.page.locator('[data-testid="import-outcome"]').waitFor({ timeout: TIMEOUT_MS });
    await kept.page
      .locator('[data-testid="kept-files-table"]')
      .getByText(FILE_NAME, { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT_MS });
    const bareRuns: StartTiming[] = [];
    const keptRuns: StartTiming[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Alternating, and which one goes first alternating too, so drift in the machine's load hits both.
      const order = run % 2 === 0 ? ([bare, kept] as const) : ([kept, bare] as const);
      for (const side of order) {
        const timing = await timedStart(side.page, url);
        (side === bare ? bareRuns : keptRuns).push(timing);
      }
    }
    if (process.env.START_DETAIL === '1') await printTimeline(kept.page);
    if (
      keptRuns.some((timing) => timing.reapplied !== 1) ||
      bareRuns.some((timing) => timing.reapplied !== 0)
    )
      throw new Error(
        `A start did not re-apply what its profile keeps: ${JSON.stringify({ bareRuns, keptRuns })}`,
      );
    const bareMs = median(bareRuns.map((timing) => timing.liveMs)) ?? Number.NaN;
    const keptMs = median(keptRuns.map((timing) => timing.liveMs)) ?? Number.NaN;
    return {
      megabytes: Math.round((bytes.length / 1_048_576) * 10) / 10,
      runs,
      bareMs: bareRuns.map((timing) => timing.liveMs),
      keptMs: keptRuns.map((timing) => timing.liveMs),
      medianBareMs: bareMs,
      medianKeptMs: keptMs,
      ratio: Math.round((keptMs / bareMs) * 100) / 100,
    };
  } finally {
    await bare.browser.close();
    await kept.browser.close();
    await server.close();
  }
}

const runs = Number(process.env.START_RUNS ?? 5) || 5;
console.log(JSON.stringify(await measureStartWithKeptFile(await bigFile(), runs), null, 1));

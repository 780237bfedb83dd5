// Main-thread long tasks while a big long scores CSV is imported on the Data view of the built app
// (issue 23, item 7: none above 200 ms). A fresh profile opens the Data view, waits for the engine, drops
// the file and records every 'longtask' entry from the drop to the import's outcome. Reports, asserts nothing.
//
// Env: LONG_TASK_ROWS (default 1,000,000 rows, ~49 MB), LONG_TASK_FILE (a CSV to drop instead).
// Run alone, after `npx vite build`: `npx tsx tests/bench/import/long-tasks-on-import.ts`.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context';
import { waitForDataReady } from '../../e2e/helpers/app.ts';
import { launchGuarded } from '../../e2e/helpers/browser.ts';
import { startStaticServer } from '../../e2e/helpers/server.ts';
import { createLoadedConnector } from '../../helpers/data-files';
import { buildBenchScoresCsv } from './run-import-bench.ts';

const TIMEOUT_MS = 300_000;
const LONG_SOURCE = 'Sở Nội vụ báo cáo';
const DATA_VIEW = '?province=P43&year=2024&lang=vi&view=data';

// Records long tasks from the first moment, and the moment the file input changes.
const LONG_TASK_SCRIPT = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__longTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') window.__dropAt = performance.now();
  }, true);
})();`;

export interface LongTaskReport {
  readonly megabytes: number;
  readonly seconds: number;
  readonly count: number;
  readonly longestMs: number;
  readonly totalMs: number;
  readonly outcome: string;
}

async function bigFile(): Promise<Uint8Array> {
  const path = process.env.LONG_TASK_FILE;
  if (path !== undefined) return new Uint8Array(readFileSync(path));
  const conn = await createLoadedConnector();
  try {
    const rows = Number(process.env.LONG_TASK_ROWS ?? 1_000_000) || 1_000_000;
    const csv = buildBenchScoresCsv(await fetchImportContext(conn), rows);
    // A longer source per row, as a ministry's file names it: 1,000,000 rows come to ~49 MB, the size the issue met.
    const text = new TextDecoder().decode(csv).replaceAll(';Tệp thử\r\n', `;${LONG_SOURCE}\r\n`);
    return new TextEncoder().encode(`\uFEFF${text.replace(/^\uFEFF/, '')}`);
  } finally {
    await conn.close();
  }
}

export async function measureLongTasks(bytes: Uint8Array): Promise<LongTaskReport> {
  // Playwright takes a buffer up to 50 MB only: the file goes by path.
  const path = join(mkdtempSync(join(tmpdir(), 'papi-long-tasks-')), 'big-scores.csv');
  writeFileSync(path, bytes);
  const server = await startStaticServer();
  const browser = await launchGuarded({ origin: server.origin, observeOnly: true, measuresSpeed: true });
  try {
    await browser.context.addInitScript(LONG_TASK_SCRIPT);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${DATA_VIEW}`);
    await waitForDataReady(page, TIMEOUT_MS);
    await page.locator('[data-testid="datasets-table"]').waitFor({ timeout: TIMEOUT_MS });
    const cdp = process.env.LONG_TASK_PROFILE === '1' ? await browser.context.newCDPSession(page) : null;
    if (cdp !== null) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles(path);
    const outcome = await page.locator('[data-testid="import-outcome"]').textContent({ timeout: TIMEOUT_MS });
    const { dropAt, doneAt, tasks } = await page.evaluate(() => {
      const w = window as unknown as { __dropAt: number; __longTasks: [number, number][] };
      return { dropAt: w.__dropAt, doneAt: performance.now(), tasks: w.__longTasks };
    });
    if (cdp !== null) {
      const { profile } = await cdp.send('Profiler.stop');
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((node) => [node.id, node] as const));
      const deltas = profile.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, index) => {
        const frame = byId.get(id)?.callFrame;
        const key = `${frame?.functionName || '(anon)'} ${frame?.url.split('/').pop()}:${frame?.lineNumber}:${frame?.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
      for (const [key, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
    }
    if (process.env.LONG_TASK_DETAIL === '1') {
      const sql = await page.evaluate(
        (from) =>
          performance
            .getEntriesByType('measure')
            .filter((m) => m.startTime >= from)
            .map((m) => [Math.round(m.startTime - from), Math.round(m.duration), m.name.slice(0, 80)]),
        dropAt,
      );
      console.log(
        JSON.stringify({ tasks: tasks.map(([s, d]) => [Math.round(s - dropAt), Math.round(d)]), sql }),
      );
    }
    const during = tasks.filter(([start]) => start + 1 >= dropAt).map(([, duration]) => duration);
    return {
      megabytes: bytes.length / 1_048_576,
      seconds: (doneAt - dropAt) / 1000,
      count: during.length,
      longestMs: Math.max(0, ...during),
      totalMs: during.reduce((sum, duration) => sum + duration, 0),
      outcome: (outcome ?? '').trim().slice(0, 120),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await measureLongTasks(await bigFile());
  console.log(JSON.stringify(report));
}

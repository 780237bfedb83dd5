// Where a start-up's time goes with a 49 MB scores CSV kept, against a bare start (issue 23 item 10): one
// profile imports the file once; then a bare profile and the kept one start the built app alternately
// (PROFILE_RUNS each, default 3), each start timed to the data-ready mark, to the kept imports' re-apply mark,
// and its main-thread long tasks. Run after a build: npx tsx tests/bench/kept-start-profile.ts
import { chromium, type BrowserContext } from 'playwright-core';
import { startStaticServer } from '../e2e/helpers/server.ts';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const URL_PATH = '/?province=P43&year=2024&lang=vi&view=data';

/** A long scores CSV of ~49 MB under the 1,000,000-row bound (a source and a note pad each row). */
function bigScoresCsv(): Buffer {
  const lines = ['province,year,indicator,score,source,note'];
  const note = 'ghi chú kiểm tra số liệu'.padEnd(12, '.');
  for (let row = 0; row < 990_000; row += 1) {
    const year = 2011 + (row % 14);
    lines.push(
      `P${String(1 + (row % 63)).padStart(2, '0')},${year},x${row},${(row % 1000) / 100},PAPI ${year} thử nghiệm,${note}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

interface Start {
  readonly ready: number;
  readonly reapply: number | null;
  readonly reapplyDetail: unknown;
  readonly longTasks: number[];
}

async function timeStart(context: BrowserContext, origin: string): Promise<Start> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}${URL_PATH}`);
  await page.waitForFunction(() => performance.getEntriesByName('papi:data-ready', 'mark').length > 0, null, {
    timeout: 180_000,
  });
  const start = await page.evaluate(() => {
    const ready = performance.getEntriesByName('papi:data-ready', 'mark')[0]?.startTime ?? 0;
    const reapply = performance.getEntriesByName('papi-reapply-imports', 'mark')[0] as
      PerformanceMark | undefined;
    return {
      ready: Math.round(ready),
      reapply: reapply === undefined ? null : Math.round(reapply.startTime),
      reapplyDetail: reapply?.detail as unknown,
      longTasks: (window as unknown as { longTasks: number[] }).longTasks,
    };
  });
  await page.close();
  return start;
}

const server = await startStaticServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const bare = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh' });
  const kept = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh' });
  // Both profiles visit once, so both starts below are second visits (cached app and engine).
  await timeStart(bare, server.origin);
  const page = await kept.newPage();
  await page.goto(`${server.origin}${URL_PATH}`);
  await page.waitForFunction(() => performance.getEntriesByName('papi:data-ready', 'mark').length > 0, null, {
    timeout: 180_000,
  });
  const csv = bigScoresCsv();
  const importStarted = Date.now();
  await page
    .getByLabel('Nhập tệp dữ liệu', { exact: true })
    .setInputFiles([{ name: 'diem-lon.csv', mimeType: 'text/csv', buffer: csv }]);
  await page.getByRole('status').filter({ hasText: 'diem-lon.csv' }).waitFor({ timeout: 300_000 });
  console.log(`import of ${(csv.length / 1e6).toFixed(1)} MB: ${Date.now() - importStarted} ms`);
  console.log((await page.getByRole('status').filter({ hasText: 'diem-lon.csv' }).textContent()) ?? '');
  await page.close();
  const rows: string[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    for (const [name, context] of [
      ['bare', bare],
      ['kept', kept],
    ] as const) {
      const start = await timeStart(context, server.origin);
      const longest = Math.max(0, ...start.longTasks);
      const total = start.longTasks.reduce((sum, value) => sum + value, 0);
      rows.push(
        `${run}\t${name}\tready ${start.ready} ms\treapply mark ${start.reapply ?? '-'} ms ${JSON.stringify(start.reapplyDetail ?? null)}\tlong tasks ${start.longTasks.length}, longest ${longest} ms, sum ${total} ms`,
      );
      console.log(rows.at(-1));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// A big file imported on the Data view: the reading and checking run in a worker, the bar shows the stage
// and moves, and Hủy (cancel) stops it with nothing imported. The longest main-thread task is reported, never
// asserted (timings vary with the machine).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchImportContext } from '../../src/ingest/apply/fetch-import-context.ts';
import { REAPPLY_MARK } from '../../src/session/reapply-kept-imports.ts';
import { buildBenchScoresCsv } from '../bench/import/run-import-bench.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { expectVisible, waitForDataReady } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { reportTiming } from './helpers/timings.ts';

// A fresh page and origin per test (no sharedPage): the imports are kept, and the last test checks that a start
// merges its own kept file alone ({ files: 1 }).
const session = setupE2ESession();

const DATA = '?province=P43&year=2024&lang=vi&view=data';
const TIMEOUT_MS = 240_000;

/**
 * Every 20 ms: the stage shown and the bar's value, when either changed; and every main-thread long task.
 * Read as window.__importSeen and window.__longTasks.
 */
const WATCH_SCRIPT = `(() => {
  const seen = [];
  const longTasks = [];
  Object.defineProperty(window, '__importSeen', { value: seen });
  Object.defineProperty(window, '__longTasks', { value: longTasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  setInterval(() => {
    const stage = document.querySelector('[data-testid="import-stage"]');
    const bar = document.querySelector('[data-testid="import-progress"] progress');
    if (stage === null || bar === null) return;
    const now = [stage.textContent, bar.hasAttribute('value') ? bar.value : null];
    const last = seen[seen.length - 1];
    if (last === undefined || last[0] !== now[0] || last[1] !== now[1]) seen.push(now);
  }, 20);
})();`;

/**
 * A long scores file saved as UTF-16 (Excel's "Unicode Text"): not DuckDB's bulk path, so every row is read
 * and checked in the worker, which takes long enough to watch and to cancel. Each key once.
 */
let bigFile: string;
/**
 * The same kind of file, 400,000 rows (24 MB), for Hủy: with 150,000 rows a quiet CI machine finished checking
 * between the test seeing "Đang kiểm tra…" and its click, the button was disabled for the apply, and the file
 * was imported (5 December 2026). Cancelled early, it costs no more time than the smaller one.
 */
let cancelFile: string;
/** The same rows as UTF-8, over DuckDB's bulk threshold (4 MB): DuckDB reads and checks them. */
let bulkFile: string;
/**
 * The files are written to disk, each as diem-lon.csv in a folder of its own, and chosen by path, as a person picks
 * a file: the browser reads it from disk. Passed as buffers, tens of megabytes would cross the driver's protocol
 * as base64 and be rebuilt in the page before the import even starts.
 */
let filesDir: string;

beforeAll(async () => {
  const conn = await createLoadedConnector();
  try {
    const context = await fetchImportContext(conn);
    const utf16 = (rows: number): Buffer =>
      Buffer.from(`\uFEFF${new TextDecoder().decode(buildBenchScoresCsv(context, rows))}`, 'utf16le');
    filesDir = mkdtempSync(join(tmpdir(), 'papi-import-progress-'));
    const write = (folder: string, contents: Buffer): string => {
      mkdirSync(join(filesDir, folder));
      const path = join(filesDir, folder, 'diem-lon.csv');
      writeFileSync(path, contents);
      return path;
    };
    bigFile = write('utf16', utf16(150_000));
    cancelFile = write('utf16-cancel', utf16(400_000));
    bulkFile = write('utf8', Buffer.from(buildBenchScoresCsv(context, 150_000)));
  } finally {
    await conn.close();
  }
}, 120_000);

afterAll(() => {
  if (filesDir !== undefined) rmSync(filesDir, { recursive: true, force: true });
});

/** The loaded tables as the Data view lists them (rows, source files), without the load time a reload renews. */
const loadedTables = async (page: Page): Promise<string> =>
  ((await page.locator('[data-testid="datasets-table"]').textContent()) ?? '').replace(
    /\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/g,
    '',
  );

async function openData(page: Page): Promise<string> {
  await page.addInitScript(WATCH_SCRIPT);
  await session.open(DATA);
  await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
  return loadedTables(page);
}

/** Chooses the file at `path` (named diem-lon.csv) in the Data view's file input. */
const drop = (page: Page, path: string = bigFile): Promise<void> =>
  page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles(path);

/** What the start-up's re-apply of the kept files did (its performance mark's detail). */
const reapplied = (page: Page): Promise<unknown> =>
  page.evaluate(
    (mark) => (performance.getEntriesByName(mark).at(-1) as PerformanceMark | undefined)?.detail,
    REAPPLY_MARK,
  );

/** Whether DuckDB staged a file of the bulk path on this page (the app measures each of its queries). */
const stagedByDuckDb = (page: Page): Promise<boolean> =>
  page.evaluate(() =>
    performance.getEntriesByType('measure').some((entry) => entry.name.includes('"import_bulk_staged_0" AS')),
  );

const seenOf = (page: Page): Promise<[string, number | null][]> =>
  page.evaluate(() => (window as unknown as { __importSeen: [string, number | null][] }).__importSeen);

const longestTask = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));

describe('a big file on the Data view', () => {
  test(
    'shows its stage on a bar that moves forward, then the outcome',
    async () => {
      const page = session.page;
      await openData(page);
      const before = await longestTask(page);
      await drop(page);
      await expectVisible(page, '[data-testid="import-outcome"]', TIMEOUT_MS);
      const seen = await seenOf(page);
      const stages = [...new Set(seen.map(([stage]) => stage.normalize('NFC')))];
      expect(stages).toContain('Đang kiểm tra…');
      expect(stages).toContain('Đang áp dụng…');
      expect(stages.indexOf('Đang kiểm tra…')).toBeLessThan(stages.indexOf('Đang áp dụng…'));
      const values = seen.flatMap(([, value]) => (value === null ? [] : [value]));
      expect(new Set(values).size).toBeGreaterThan(1);
      values.slice(1).forEach((value, index) => expect(value).toBeGreaterThanOrEqual(values[index] ?? 0));
      expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);
      reportTiming(
        'longest main-thread task importing a 150,000-row UTF-16 scores file',
        await longestTask(page),
        `longest before the drop: ${before.toFixed(0)} ms`,
      );
    },
    TIMEOUT_MS + 60_000,
  );

  test(
    'Hủy while it is checked: nothing imported, the loaded data unchanged, a notice says so',
    async () => {
      const page = session.page;
      const tableBefore = await openData(page);
      await drop(page, cancelFile);
      const stage = page.locator('[data-testid="import-stage"]');
      await expect
        .poll(async () => (await stage.textContent())?.normalize('NFC'), {
          timeout: TIMEOUT_MS,
          interval: 50,
        })
        .toBe('Đang kiểm tra…');
      await page.locator('[data-testid="import-cancel"]').click();
      await expectVisible(page, '[data-testid="import-cancelled"]', 30_000);
      expect((await page.locator('[data-testid="import-cancelled"]').textContent())?.normalize('NFC')).toBe(
        'Đã hủy: chưa nhập gì. Dữ liệu đang có được giữ nguyên.',
      );
      await expect
        .poll(() => page.locator('[data-testid="import-progress"]').count(), { timeout: 30_000 })
        .toBe(0);
      // The file input stays disabled until the cancelled import has settled (when the engine next answers):
      // once it is enabled again, nothing more can land, and nothing did.
      await expect
        .poll(() => page.getByLabel('Nhập tệp dữ liệu', { exact: true }).isEnabled(), { timeout: 30_000 })
        .toBe(true);
      expect(await page.locator('[data-testid="import-outcome"]').count()).toBe(0);
      expect(await loadedTables(page)).toBe(tableBefore);
      // Nothing was kept either: a reload shows the same tables.
      await page.reload();
      await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
      expect(await loadedTables(page)).toBe(tableBefore);
    },
    TIMEOUT_MS + 60_000,
  );

  test(
    'a big UTF-8 scores file: DuckDB reads it at the import, and the next start merges the rows kept, reading no file',
    async () => {
      const page = session.page;
      await openData(page);
      await drop(page, bulkFile);
      await expectVisible(page, '[data-testid="import-outcome"]', TIMEOUT_MS);
      expect(await stagedByDuckDb(page)).toBe(true);
      await expectVisible(page, '[data-testid="kept-files-table"]', 60_000);
      const imported = await loadedTables(page);
      // The next start merges the rows DuckDB read, kept with the file: no file is read or staged again.
      await page.reload();
      await waitForDataReady(page);
      await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
      expect(await reapplied(page)).toEqual({ files: 1, reread: 0 });
      expect(await stagedByDuckDb(page)).toBe(false);
      expect(await loadedTables(page)).toBe(imported);
      expect(await page.locator('[data-testid="stored-imports-problems"]').count()).toBe(0);
      expect(await page.locator('[data-testid="kept-files-table"]').textContent()).toContain('diem-lon.csv');
    },
    TIMEOUT_MS + 60_000,
  );
});

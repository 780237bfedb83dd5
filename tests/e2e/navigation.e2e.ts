// Navigation as a person uses it: Back and Forward move through the views chosen, a link the data
// cannot show is rewritten to what is shown (with a notice saying why), years without a score stay in
// the list, the first download shows real progress, engine errors speak the user's language, and deep links
// to Dimensions, Plan and Scores vs tasks show their first screen from the build-time seed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DATA_READY_MARK,
  expectVisible,
  saveScreenshot,
  SEL,
  textOf,
  waitForApp,
  waitForDataReady,
} from './helpers/app.ts';
import { launchGuarded, type GuardedContext } from './helpers/browser.ts';
import { expectNoProblems, setupE2ESession } from './helpers/session.ts';
import { DIST_DIR } from './helpers/server.ts';
import { startThrottledServer, type ThrottledServer } from './helpers/throttled-server.ts';
import { waitForSettled } from './helpers/in-page-navigation.ts';
import { tabTo } from './helpers/keyboard.ts';
import { sqlMeasureName } from '../../src/db/sql.ts';
import { DEFAULT_PROVINCE_CODE } from '../../src/domain/papi.ts';
import { provinceYearSummarySql } from '../../src/queries/province-year-summary.ts';
import { yearOptionsSql } from '../../src/queries/scored-years.ts';
import { totalTrendSql } from '../../src/queries/total-trend.ts';

// One page for the file, its app started once (sharedPage): what a test says of a link opened from outside (the
// history test's first link, the links the data cannot show, the seed before the engine is live) it opens with
// page.goto, a real load (the links each in a fresh page, for a history of their own); the year list, the
// language switch and the keyboard tests open theirs inside the live app. The engine-error test breaks its
// data, so it takes a fresh page and drops its route.
const session = setupE2ESession({ sharedPage: true });

const nfc = (s: string): string => s.normalize('NFC');
const POLL = { timeout: 15_000, interval: 100 };

/** The URL's parameters as a plain object, e.g. { v: '1', province: 'P43', lang: 'vi', view: 'overview' }. */
const paramsOf = (page: Page): Record<string, string> => Object.fromEntries(new URL(page.url()).searchParams);

/** What the screen shows: the view's heading, "province · year", and the selects' values. */
async function shown(
  page: Page,
): Promise<{ heading: string; context: string; province: string; year: string }> {
  return page.evaluate(() => ({
    heading: document.querySelector('main h1')?.textContent ?? '',
    context: (document.querySelector('.view-context')?.textContent ?? '').normalize('NFC'),
    province: document.querySelector<HTMLSelectElement>('[data-testid="province-select"]')?.value ?? '',
    year: document.querySelector<HTMLSelectElement>('[data-testid="year-select"]')?.value ?? '',
  }));
}

async function expectShown(
  page: Page,
  expected: { heading: string; context: string; province: string; year: string },
): Promise<void> {
  await expect.poll(() => shown(page), { ...POLL, message: 'what the screen shows' }).toEqual(expected);
}

async function noticeTexts(page: Page): Promise<string[]> {
  return (await page.locator('[data-testid="notice"] .notice-text').allInnerTexts()).map(nfc);
}

describe('history (Back and Forward)', () => {
  test('Back returns through province, year and view changes, and Forward replays them', async () => {
    const { page } = session;
    await page.goto(session.url('?province=P43&year=2024'));
    await waitForApp(page);
    const start = { heading: 'Tổng quan', context: 'Đắk Nông · 2024', province: 'P43', year: '2024' };
    await expectShown(page, start);
    // The first link is rewritten in place to the current URL format (no extra history entry).
    await expect
      .poll(() => paramsOf(page), POLL)
      .toEqual({ v: '1', province: 'P43', year: '2024', lang: 'vi', view: 'overview' });

    await page.locator('[data-testid="province-select"]').selectOption('P31');
    const huế2024 = { heading: 'Tổng quan', context: 'Thừa Thiên Huế · 2024', province: 'P31', year: '2024' };
    await expectShown(page, huế2024);
    await page.locator('[data-testid="year-select"]').selectOption('2019');
    const huế2019 = { ...huế2024, context: 'Thừa Thiên Huế · 2019', year: '2019' };
    await expectShown(page, huế2019);
    await page.locator('[data-testid="nav-plan"]').focus();
    await page.keyboard.press('Enter');
    const plan = { ...huế2019, heading: 'Kế hoạch' };
    await expectShown(page, plan);
    // The tab names the view and the province; focus moved from the nav link to the new view's heading.
    await expect.poll(() => page.title(), POLL).toBe('Kế hoạch · Thừa Thiên Huế — Bảng theo dõi PAPI');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Kế hoạch');
    await expectVisible(page, '[data-testid="plan-none"]');
    // The URL is written after the frame that shows the choice (src/state/url-writes.ts).
    await expect.poll(() => paramsOf(page)).toMatchObject({ province: 'P31', year: '2019', view: 'plan' });

    await page.goBack();
    await expectShown(page, huế2019);
    expect(paramsOf(page)).toMatchObject({ province: 'P31', year: '2019', view: 'overview' });
    await page.goBack();
    await expectShown(page, huế2024);
    await page.goBack();
    await expectShown(page, start);
    expect(paramsOf(page)).toMatchObject({ province: 'P43', year: '2024', view: 'overview' });
    expect(await textOf(page, SEL.total)).toBe('40,54');

    await page.goForward();
    await expectShown(page, huế2024);
    await page.goForward();
    await expectShown(page, huế2019);
    await page.goForward();
    await expectShown(page, plan);
    expect(paramsOf(page)).toMatchObject({ province: 'P31', year: '2019', view: 'plan' });
  });

  test('switching the language replaces the entry: Back does not just switch it back', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024');
    await waitForApp(page);
    await page.locator('[data-testid="year-select"]').selectOption('2023');
    await expectShown(page, {
      heading: 'Tổng quan',
      context: 'Đắk Nông · 2023',
      province: 'P43',
      year: '2023',
    });
    await page.getByRole('button', { name: 'English' }).click();
    await expectShown(page, {
      heading: 'Overview',
      context: 'Dak Nong · 2023',
      province: 'P43',
      year: '2023',
    });
    await page.goBack();
    // Back undoes the year, not the language: the language is kept in the entry it replaced.
    await expect.poll(() => paramsOf(page), POLL).toMatchObject({ year: '2024' });
    await expectShown(page, {
      heading: 'Tổng quan',
      context: 'Đắk Nông · 2024',
      province: 'P43',
      year: '2024',
    });
  });
});

describe('links the data cannot show', () => {
  const cases = [
    {
      query: '?province=P17&year=2024',
      params: { v: '1', province: 'P17', year: '2023', lang: 'vi', view: 'overview' },
      notice: 'Vĩnh Phúc không có điểm năm 2024; đang hiển thị năm 2023.',
      context: 'Vĩnh Phúc · 2023',
    },
    {
      query: '?province=P15&year=2014',
      params: { v: '1', province: 'P15', year: '2024', lang: 'vi', view: 'overview' },
      notice: 'Bắc Giang không có điểm năm 2014; đang hiển thị năm 2024.',
      context: 'Bắc Giang · 2024',
    },
    {
      query: '?province=P99',
      params: { v: '1', province: 'P43', lang: 'vi', view: 'overview' },
      notice: 'Không có tỉnh mã P99; đang hiển thị Đắk Nông.',
      context: 'Đắk Nông · 2024',
    },
    {
      query: '?province=P17&year=2024&lang=en',
      params: { v: '1', province: 'P17', year: '2023', lang: 'en', view: 'overview' },
      notice: 'Vinh Phuc has no score for 2024; showing 2023.',
      context: 'Vinh Phuc · 2023',
    },
  ];

  for (const { query, params, notice, context } of cases) {
    test(`${query}: the URL is rewritten to what is shown and a notice says why`, async () => {
      // A page of its own, so its history holds this link alone: it loads the app anyway.
      const page = await session.freshPage();
      await page.goto(session.url(query));
      const entries = await page.evaluate(() => history.length);
      await waitForApp(page);
      await expect.poll(() => paramsOf(page), POLL).toEqual(params);
      await expect.poll(() => noticeTexts(page), POLL).toEqual([notice]);
      expect(nfc(await textOf(page, '.view-context'))).toBe(context);
      expect(await page.locator('[data-testid="notices"]').getAttribute('role')).toBe('status');
      expect(await page.evaluate(() => history.length), 'rewritten in place, not a new entry').toBe(entries);

      await page.locator('[data-testid="notice"] button').click();
      await expect.poll(() => page.locator('[data-testid="notice"]').count(), POLL).toBe(0);
    });
  }
});

describe('the year list', () => {
  test('keeps Quảng Ninh’s years without a score, disabled, saying so', async () => {
    const { page } = session;
    await session.open('?province=P14');
    await waitForApp(page);
    const options = await page.locator('[data-testid="year-select"] option').evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: (node.textContent ?? '').normalize('NFC'),
        disabled: (node as HTMLOptionElement).disabled,
      })),
    );
    expect(options.map((o) => o.text.slice(0, 4))).toEqual(
      Array.from({ length: 14 }, (_, i) => String(2024 - i)),
    );
    expect(options.filter((o) => o.disabled).map((o) => o.text)).toEqual([
      '2023 — không có điểm',
      '2021 — không có điểm',
      '2018 — không có điểm',
    ]);
  });
});

describe('engine errors', () => {
  test('a query the engine rejects shows a message in Vietnamese, the SQL only under details', async () => {
    const page = await session.freshPage();
    // The bundled database cut short (its header without its blocks): the start's ATTACH of it fails.
    const brokenDatabase = /\/bundled-[\w-]+\.duckdb(\?|$)/;
    const shipped = readdirSync(join(DIST_DIR, 'assets')).find((file) =>
      /^bundled-[\w-]+\.duckdb$/.test(file),
    );
    expect(shipped, 'the build ships the bundled database').toBeDefined();
    const body = readFileSync(join(DIST_DIR, 'assets', shipped ?? '')).subarray(0, 16_384);
    await page.route(brokenDatabase, (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body }),
    );
    try {
      await page.goto(session.url());
      await expectVisible(page, SEL.errorPanel, 60_000);
      const panel = page.locator(SEL.errorPanel);
      expect(nfc(await panel.locator('.error-message').innerText())).toBe('Không truy vấn được dữ liệu.');
      const details = panel.locator('details');
      expect(await details.evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
      expect(await panel.locator('.error-message').innerText()).not.toMatch(/SQL|SELECT|Binder/);
      await details.locator('summary').click();
      expect(await details.locator('pre').innerText()).toMatch(/SQL: /);
      await saveScreenshot(page, 'engine-error-vi.png');
    } finally {
      // The next test's open() loads the app again in this page (its engine never started): with the real data.
      await page.unroute(brokenDatabase);
    }
  });
});

describe('the built-in data cut off', () => {
  test('a first visit whose built-in data cannot download says so in Vietnamese, and its retry loads the app', async () => {
    const page = await session.freshPage();
    // The connection lost as the bundled database downloads (a worker of the page fetches it).
    const bundledDatabase = /\/bundled-[\w-]+\.duckdb(\?|$)/;
    let refused = 0;
    await page.route(bundledDatabase, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    try {
      await page.goto(session.url());
      await expectVisible(page, SEL.errorPanel, 60_000);
      const panel = page.locator(SEL.errorPanel);
      expect(refused, 'the download was asked for and refused').toBeGreaterThan(0);
      expect(nfc(await panel.locator('.error-message').innerText())).toBe(
        'Không tải được dữ liệu có sẵn của ứng dụng. Hãy kiểm tra kết nối tới máy chủ của ứng dụng rồi thử lại.',
      );
      await panel.locator('details summary').click();
      expect(await panel.locator('details pre').innerText()).toMatch(/^bundled\.duckdb: /);
    } finally {
      await page.unroute(bundledDatabase);
    }
    // The connection is back: the panel's retry downloads the data and the app opens with its figures.
    await page.locator(SEL.errorPanel).getByRole('button', { name: 'Thử lại' }).click();
    await waitForApp(page);
    await expectVisible(page, SEL.total);
  });
});

/** Init script: records each new aria-valuenow and aria-valuetext of the page's progress bar. */
const PROGRESS_RECORDER = `(() => {
  if (window !== window.top) return;
  const values = [];
  const texts = [];
  Object.defineProperty(window, '__papiProgressValues', { value: values, configurable: true });
  Object.defineProperty(window, '__papiProgressTexts', { value: texts, configurable: true });
  const record = () => {
    const bar = document.querySelector('[role="progressbar"]');
    const now = bar?.getAttribute('aria-valuenow');
    if (now != null && String(values[values.length - 1]) !== now) values.push(Number(now));
    const text = bar?.getAttribute('aria-valuetext');
    if (text != null && texts[texts.length - 1] !== text) texts.push(text);
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-valuenow', 'aria-valuetext'],
  });
})();`;

/** "đã tải 12,3 / 32,7 MB (37%)" → loaded and total megabytes. */
function parseProgressText(text: string): { loaded: number; total: number } | null {
  const match = /([\d,]+) \/ ([\d,]+) MB/.exec(text);
  if (match === null) return null;
  return { loaded: Number(match[1]?.replace(',', '.')), total: Number(match[2]?.replace(',', '.')) };
}

/** The wasm the app starts (the exception-handling build), in MiB, as the bar counts it. */
function wasmMegabytes(): number {
  const name = readdirSync(join(DIST_DIR, 'assets')).find((f) => /^duckdb-eh-[\w-]+\.wasm$/.test(f));
  if (name === undefined) throw new Error('no duckdb-eh wasm in dist/assets');
  return statSync(join(DIST_DIR, 'assets', name)).size / (1024 * 1024);
}

for (const encoding of ['identity', 'br'] as const) {
  describe(`first visit on a slow network (${encoding === 'br' ? 'brotli, as the README hosts it' : 'uncompressed'})`, () => {
    let server: ThrottledServer;
    let browser: GuardedContext;

    beforeAll(async () => {
      // 33 MB of wasm at 512 KB per 50 ms: about three seconds of visible progress (the bar now shows with the
      // first-screen seed, which arrives before the wasm is far along). Brotli makes it about 5 MB on the
      // wire: smaller chunks keep the download as long.
      server = await startThrottledServer(
        encoding === 'br'
          ? { pattern: /\.wasm$/, chunkBytes: 80 * 1024, intervalMs: 50, encoding: 'br' }
          : { pattern: /\.wasm$/, chunkBytes: 512 * 1024, intervalMs: 50 },
      );
      browser = await launchGuarded({ origin: server.origin, viewport: { width: 390, height: 844 } });
    });

    afterAll(async () => {
      await browser.close();
      await server.close();
    });

    test('shows a progress bar with its value while the engine downloads, and keeps the footer below the fold', async () => {
      const mark = browser.mark();
      const page = await browser.context.newPage();
      // Every value the bar takes, recorded in the page as it changes (no sampling that could miss one).
      await page.addInitScript(PROGRESS_RECORDER);
      // When the data files are asked for (ms since 1970): a worker of the page downloads them, so the page's own
      // resource timings do not list them.
      const dataAskedAt: number[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.endsWith('.duckdb')) dataAskedAt.push(Date.now());
      });
      await page.goto(server.url);
      const bar = page.locator('[role="progressbar"]');
      await bar.waitFor({ state: 'visible', timeout: 30_000 });
      // The main area holds the footer below the fold while loading, so it cannot jump when data arrives.
      const footerTop = await page.evaluate(
        () => document.querySelector('footer')?.getBoundingClientRect().top ?? 0,
      );
      expect(footerTop, 'footer top while loading (px)').toBeGreaterThanOrEqual(844);
      expect(await bar.getAttribute('aria-valuemin')).toBe('0');
      expect(await bar.getAttribute('aria-valuemax')).toBe('100');
      expect(nfc((await bar.getAttribute('aria-valuetext')) ?? '')).toMatch(
        /^đã tải [\d,]+ \/ [\d,]+ MB \(\d+%\)$/,
      );
      expect(nfc(await textOf(page, '.loading-hint'))).toMatch(/Lần mở đầu tiên phải tải khoảng \d+ MB/);
      await waitForApp(page);
      const values = await page.evaluate(
        () => (window as unknown as { __papiProgressValues?: number[] }).__papiProgressValues ?? [],
      );
      expect(values.length, 'the bar took several values').toBeGreaterThan(3);
      expect(values.every((v) => v >= 0 && v <= 100)).toBe(true);
      expect(Math.max(...values), 'the value grows').toBeGreaterThan(Math.min(...values));
      // The bar counts the bytes the engine receives (decompressed) against the wasm's real size, never against
      // the compressed Content-Length: it never reads more loaded than in all, and it moves through the download.
      const texts = await page.evaluate(
        () => (window as unknown as { __papiProgressTexts?: string[] }).__papiProgressTexts ?? [],
      );
      const readings = texts.map((text) => parseProgressText(nfc(text)));
      expect(
        readings.every((r) => r !== null),
        `readable: ${texts.join(' | ')}`,
      ).toBe(true);
      for (const reading of readings) {
        expect(reading?.total ?? 0, `the total is the wasm's size: ${texts.join(' | ')}`).toBeCloseTo(
          wasmMegabytes(),
          0,
        );
        expect(reading?.loaded ?? Infinity).toBeLessThanOrEqual(reading?.total ?? 0);
      }
      expect(
        values.filter((v) => v > 0 && v < 100).length,
        `values between 0 and 100 while loading: ${values.join(', ')}`,
      ).toBeGreaterThanOrEqual(2);
      expect(Math.max(...values), 'the bar ends full').toBe(100);
      // The data files are asked for once the wasm is in, while it still compiles: the link is free then, and the
      // engine, once open, need not wait for them (in this test ~0.5 s before the engine is instantiated; the
      // build before asked for them after it).
      const instantiatedAt = await page.evaluate(
        () =>
          performance.timeOrigin +
          (performance.getEntriesByName('papi:engine-instantiated', 'mark')[0]?.startTime ?? NaN),
      );
      expect(dataAskedAt.length, 'data files fetched').toBeGreaterThan(0);
      expect(Math.min(...dataAskedAt), 'the data files asked for').toBeLessThan(instantiatedAt);
      expectNoProblems(browser.problemsSince(mark));
      await page.close();
    });
  });
}

describe('deep links before the engine is live', () => {
  /** What each view's first screen says, read from the page: figures that come from the data. */
  const FIRST_SCREENS = [
    {
      view: 'dimensions',
      // The total's rank and group each year, and the plan's tasks with their latest states.
      parts: ['[data-testid="rank-table"]', '[data-testid="indicator-tasks"]'],
    },
    { view: 'plan', parts: ['[data-testid="plan-state-counts"]', '[data-testid="plan-count-rule"]'] },
    // The scatter's table alternative: each dimension's completion against its score change.
    { view: 'scores-vs-tasks', parts: ['[data-testid="chart-completion-scatter-table"]'] },
  ] as const;

  async function readFirstScreen(page: Page, view: string, parts: readonly string[]): Promise<string[]> {
    if (view === 'scores-vs-tasks') {
      await expect.poll(() => page.locator('[data-testid="svt-panel"]').count(), POLL).toBe(8);
      const toggle = page.locator('[data-testid="chart-completion-scatter-table-toggle"]');
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    }
    const texts: string[] = [];
    for (const part of parts) {
      await page.locator(part).waitFor({ state: 'visible', timeout: 30_000 });
      texts.push(nfc(await page.locator(part).innerText()));
    }
    return texts;
  }

  test("Dimensions, Plan and Scores vs tasks of Đắk Nông show the build-time seed, then live DuckDB's same figures; the Overview's seeded answers are not asked again", async () => {
    const { page } = session;
    // Hold the DuckDB wasm, so "before the engine is live" is a fact, not a race.
    const wasm = session.browser.hold(/\.wasm(\?|$)/);
    const seeded = new Map<string, string[]>();
    try {
      for (const { view, parts } of FIRST_SCREENS) {
        await page.goto(session.url(`?view=${view}&lang=vi`), { waitUntil: 'domcontentloaded' });
        seeded.set(view, await readFirstScreen(page, view, parts));
        expect(
          await page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length, DATA_READY_MARK),
          `${view}: engine still held`,
        ).toBe(0);
        await saveScreenshot(page, `seed-${view}-1366-vi`);
      }
      // The page that goes live shows the Overview: the three views' answers then come from live DuckDB.
      await page.goto(session.url('?lang=vi'), { waitUntil: 'domcontentloaded' });
      await page.locator(SEL.total).filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
    } finally {
      wasm.release();
    }
    // Published: Đắk Nông 2024, 40,54, 58th of 61; the plan's 33 tasks.
    expect(seeded.get('dimensions')?.[0]).toMatch(/2024\s+40,54\s+58\/61/);
    expect(seeded.get('plan')?.[1]).toContain('33');
    await waitForDataReady(page);
    await waitForSettled(page);
    // The seed was built with this app and no import was kept: its answers are live DuckDB's, so the engine is
    // not asked the Overview's questions again (it is free for the user's first choice).
    const askedOnceLive = await page.evaluate((mark) => {
      const ready = performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('measure')
        .filter((measure) => measure.name.startsWith('papi:sql ') && measure.startTime >= ready)
        .map((measure) => measure.name);
    }, DATA_READY_MARK);
    expect(askedOnceLive).not.toContain(sqlMeasureName(totalTrendSql(DEFAULT_PROVINCE_CODE).text));
    // Each view is opened in the live page and shows the same figures.
    for (const { view, parts } of [...FIRST_SCREENS].reverse()) {
      await session.open(`?view=${view}&lang=vi`);
      expect(await readFirstScreen(page, view, parts), view).toEqual(seeded.get(view));
    }
  });
});

describe("a choice's questions", () => {
  test('a province picked on the Overview has its questions at the engine before the page renders it, each asked once', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024&lang=vi');
    await waitForDataReady(page);
    await waitForSettled(page);
    // Messages to the engine's worker during the pick's event, after the app's handler and before React renders
    // the choice (in a task or microtask after the event).
    await page.evaluate(() => {
      const post = Worker.prototype.postMessage;
      const counter = {
        posted: 0,
        duringPick: -1,
        restore: () => void (Worker.prototype.postMessage = post),
      };
      Object.assign(window, { __testWorkerPosts: counter });
      Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
        counter.posted += 1;
        return post.apply(this, args);
      } as Worker['postMessage'];
      let before = 0;
      document.addEventListener('change', () => (before = counter.posted), { capture: true, once: true });
      window.addEventListener('change', () => (counter.duringPick = counter.posted - before), { once: true });
      performance.mark('test:choice');
    });
    // Hà Nội: a unit the merger left whole, so its years come under its two codes.
    await page.locator(SEL.provinceSelect).selectOption('P01');
    await expectShown(page, {
      heading: 'Tổng quan',
      context: 'Hà Nội · 2024',
      province: 'P01',
      year: '2024',
    });
    await waitForSettled(page);
    const { duringPick, asked } = await page.evaluate(() => {
      const after = performance.getEntriesByName('test:choice', 'mark')[0]?.startTime ?? Infinity;
      const counter = (
        window as unknown as { __testWorkerPosts: { duringPick: number; restore: () => void } }
      ).__testWorkerPosts;
      counter.restore();
      return {
        duringPick: counter.duringPick,
        asked: performance
          .getEntriesByType('measure')
          .filter((measure) => measure.name.startsWith('papi:sql ') && measure.startTime >= after)
          .map((measure) => measure.name),
      };
    });
    // The view's questions were asked within the pick's event, so the engine answers while the page renders the
    // choice instead of waiting for the render's hooks to ask.
    expect(duringPick, "the engine's messages sent during the pick").toBeGreaterThan(0);
    // The unit's years (under both its codes) are the first-screen seed's, live DuckDB's answers: the engine's
    // first question is the headline's, and the years are never asked.
    expect(asked[0]).toBe(sqlMeasureName(provinceYearSummarySql('P01', 2024).text));
    expect(asked).not.toContain(sqlMeasureName(yearOptionsSql('P01').text));
    // What was asked ahead is what the view asks, under the same keys: no question twice (the measures name the
    // SQL, not its parameters); the Overview's own among them.
    const counts = new Map<string, number>();
    for (const name of asked) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect(Object.fromEntries([...counts].filter(([, count]) => count !== 1))).toEqual({});
    expect(counts.get(sqlMeasureName(totalTrendSql('P01').text))).toBe(1);
  });
});

describe('by keyboard only (1366 and 390 px, both languages)', () => {
  const WORDS = {
    vi: {
      overview: 'Tổng quan',
      dimensions: 'Chỉ số nội dung',
      province: 'Đắk Nông',
      app: 'Bảng theo dõi PAPI',
    },
    en: { overview: 'Overview', dimensions: 'Dimensions', province: 'Dak Nong', app: 'PAPI dashboard' },
  } as const;

  /** The focused element's test id, or its tag when it has none. */
  const focusedId = (page: Page): Promise<string> =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? '';
    });

  /** On a phone the pickers and the views sit in the header's panel: open it from its button, by keyboard. */
  async function openHeaderPanelIfPhone(page: Page, phone: boolean): Promise<void> {
    if (!phone) return;
    const button = page.locator('[data-testid="header-panel-button"]');
    // Left open by an earlier step of the shared page: Enter would close it.
    if ((await button.getAttribute('aria-expanded')) === 'true') return;
    await tabTo(page, '[data-testid="header-panel-button"]', 10);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="header-panel-button"]').getAttribute('aria-expanded'), POLL)
      .toBe('true');
  }

  for (const lang of ['vi', 'en'] as const) {
    test(`${lang}: a view change focuses its heading and names view and province in the tab; ArrowDown on the closed province list waits for Enter; the summary's figures are one Tab stop`, async () => {
      const { page } = session;
      const words = WORDS[lang];
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        const phone = viewport.width < 640;
        const at = `${lang} ${viewport.width} px`;
        await page.setViewportSize(viewport);
        await session.open(`?province=P43&year=2024&lang=${lang}`);
        await expect
          .poll(() => page.title(), POLL)
          .toBe(`${words.overview} · ${words.province} — ${words.app}`);

        // A view chosen from the nav: focus lands on the new view's heading, the tab names the view.
        await openHeaderPanelIfPhone(page, phone);
        await tabTo(page, '[data-testid="nav-dimensions"]', 40);
        await page.keyboard.press('Enter');
        await expect.poll(() => paramsOf(page).view, POLL).toBe('dimensions');
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.matches('main h1') ?? false), {
            ...POLL,
            message: `${at}: focus on the view's heading`,
          })
          .toBe(true);
        expect(nfc(await page.evaluate(() => document.activeElement?.textContent ?? ''))).toBe(
          words.dimensions,
        );
        await expect
          .poll(() => page.title().then(nfc), POLL)
          .toBe(`${words.dimensions} · ${words.province} — ${words.app}`);

        // ArrowDown on the closed province list moves its choice only; Enter makes it the app's province.
        await session.open(`?province=P43&year=2024&lang=${lang}`);
        await openHeaderPanelIfPhone(page, phone);
        await tabTo(page, '[data-testid="province-select"]', 40);
        const select = page.locator('[data-testid="province-select"]');
        const next = await select.evaluate(
          (el: HTMLSelectElement) => el.options[el.selectedIndex + 1]?.value ?? '',
        );
        expect(next, `${at}: an option after Đắk Nông`).not.toBe('');
        await page.keyboard.press('ArrowDown');
        expect(await select.inputValue(), `${at}: the list shows the next province`).toBe(next);
        expect(paramsOf(page).province, `${at}: ArrowDown alone switches nothing`).toBe('P43');
        await waitForSettled(page);
        expect(paramsOf(page).province, `${at}: nor once the page has settled`).toBe('P43');
        expect(nfc(await textOf(page, '.view-context'))).toBe(`${words.province} · 2024`);
        // Escape drops the step (on a phone it also closes the panel); stepping again, Enter takes it.
        await page.keyboard.press('Escape');
        await expect.poll(() => select.inputValue(), POLL).toBe('P43');
        expect(paramsOf(page).province, `${at}: Escape switches nothing`).toBe('P43');
        if (phone) await page.keyboard.press('Enter');
        else await page.keyboard.press('Shift+Tab');
        await tabTo(page, '[data-testid="province-select"]', 10);
        await page.keyboard.press('ArrowDown');
        expect(await select.inputValue()).toBe(next);
        await page.keyboard.press('Enter');
        await expect.poll(() => paramsOf(page).province, POLL).toBe(next);
        await expect.poll(() => page.title().then(nfc), POLL).not.toContain(words.province);
        expect(await focusedId(page), `${at}: focus stays on the list`).toBe('province-select');

        // The summary's figures: one Tab stop, arrows move between them and show each one's source.
        await session.open(`?province=P43&year=2024&lang=${lang}`);
        const traces = page.locator('[data-testid="trace"]');
        const count = await traces.count();
        expect(count, `${at}: figures in the summary`).toBeGreaterThan(3);
        expect(
          await traces.evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length),
          `${at}: figures in the Tab order`,
        ).toBe(1);
        await page.locator('[data-testid="summary-copy"]').focus();
        await page.keyboard.press('Tab');
        const focusedTrace = (): Promise<number> =>
          page.evaluate(() =>
            [...document.querySelectorAll('[data-testid="trace"]')].indexOf(
              document.activeElement as Element,
            ),
          );
        const tipShown = (): Promise<boolean> =>
          page.evaluate(() => {
            const tip = document.getElementById(
              document.activeElement?.getAttribute('aria-describedby') ?? '',
            );
            return tip !== null && getComputedStyle(tip).display !== 'none';
          });
        expect(await focusedTrace()).toBe(0);
        await page.keyboard.press('ArrowRight');
        expect(await focusedTrace()).toBe(1);
        expect(await tipShown(), `${at}: the focused figure shows its source`).toBe(true);
        await page.keyboard.press('End');
        expect(await focusedTrace()).toBe(count - 1);
        await page.keyboard.press('ArrowRight');
        expect(await focusedTrace(), `${at}: the last figure stays`).toBe(count - 1);
        await page.keyboard.press('Home');
        expect(await focusedTrace()).toBe(0);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowRight');
        expect(await focusedTrace()).toBe(1);
        // One Tab leaves all the figures; Shift+Tab comes back to the one left.
        await page.keyboard.press('Tab');
        expect(await focusedTrace(), `${at}: Tab leaves the figures`).toBe(-1);
        await page.keyboard.press('Shift+Tab');
        expect(await focusedTrace()).toBe(1);
      }
    });
  }
});

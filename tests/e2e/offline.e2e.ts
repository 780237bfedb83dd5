// Performance work a person notices: real figures while DuckDB is still loading (the first-screen seed),
// the server's compressed and cached responses, and a second visit that works with the network cut
// (service worker): the Overview, every other view (each a chunk of its own, src/app/view-modules.ts, held by
// the service worker after one visit: the Dimensions heatmap and the scatters load ECharts parts the Overview
// does not use) and a slide PNG. Served by src/server/serve-dist.ts, as `npm start` serves the app.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { SERVICE_WORKER_REGISTERED_MARK } from '../../src/app/service-worker-registered-mark.ts';
import { FIRST_USE_CACHE_NAME, FIRST_USE_SW_FILE } from '../../src/server/first-use-tools.ts';
import { createDistHandler, serveDist, type DistServer } from '../../src/server/serve-dist.ts';
import {
  DATA_READY_MARK,
  expectCount,
  saveScreenshot,
  SEL,
  waitForApp,
  waitForChartCanvas,
  waitForDataReady,
  waitForFirstScreen,
} from './helpers/app.ts';
import { buildHue57Pdf } from '../ingest/plan-document/pdf/hue-57-pdf.ts';
import { hueDocx } from '../ingest/plan-document/hue-88-docx.ts';
import { launchGuarded, type GuardedContext, type Problems } from './helpers/browser.ts';
import { DIST_DIR } from './helpers/server.ts';
import { formatProblems } from './helpers/session.ts';

let server: DistServer;

beforeAll(async () => {
  server = await serveDist(DIST_DIR, 0);
});

afterAll(async () => {
  await server.close();
});

/** Waits until the app has registered its service worker (Workbox then hears of every update found later). */
const serviceWorkerRegistered = (page: Page): Promise<unknown> =>
  page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    SERVICE_WORKER_REGISTERED_MARK,
    {
      timeout: 90_000,
    },
  );

/**
 * Has the browser check for the new version until it has fetched the new `sw.js` (`nextServed` counts those).
 * The browser checks by itself about a second after a page's requests settle; an update() asked while that
 * check is still reading the old `sw.js` joins it instead of starting another, and finds nothing new.
 */
async function checkForNewVersion(page: Page, nextServed: () => number): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        return nextServed();
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBeGreaterThan(0);
}

/** The page's service workers by state: where a new version got to. */
const serviceWorkerStates = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const state = (worker: ServiceWorker | null | undefined) => worker?.state ?? 'none';
    return `installing ${state(registration?.installing)}, waiting ${state(registration?.waiting)}, active ${state(registration?.active)}, controller ${state(navigator.serviceWorker.controller)}`;
  });

/** Rethrows `error` with the page's service workers' states, so that a failure seen once can be placed. */
const placed =
  (page: Page, what: string) =>
  async (error: unknown): Promise<never> => {
    const states = await serviceWorkerStates(page).catch((reason: unknown) => String(reason));
    throw new Error(`${what}; service workers: ${states}. ${String(error)}`);
  };

const engineReady = (page: Page): Promise<unknown> =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_READY_MARK, {
    timeout: 90_000,
  });

/** A first visit with the service worker registered, left once it has precached the app and the worker entry. */
async function firstVisitWithServiceWorker(browser: GuardedContext, origin = server.origin): Promise<void> {
  await browser.context.addInitScript('window.__papiServiceWorkerUnderTest = true;');
  const first = await browser.context.newPage();
  await first.goto(`${origin}/`);
  await waitForApp(first);
  await engineReady(first);
  await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // vi.waitFor, not expect.poll: this also runs in a beforeAll.
  await vi.waitFor(
    async () =>
      expect(await first.evaluate(async () => (await caches.keys()).join(' '))).toMatch(
        /papi-duckdb-worker-entry/,
      ),
    { timeout: 60_000, interval: 100 },
  );
  await first.close();
}

const WORD_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The SQL console's line when its chunk, a desk tool the precache leaves out, could not be downloaded. */
const CONSOLE_NOT_DOWNLOADED = '[data-testid="sql-console-not-downloaded"]';

/**
 * A desk tool's file (src/server/first-use-tools.ts) that could not load offline, as Chromium's console says it:
 * "Failed to load resource: net::ERR_FAILED (http://…/assets/first-use-sql-console-<hash>.js:0)".
 */
const FIRST_USE_LOAD =
  /^page: Failed to load resource: net::ERR_FAILED \(\S+\/assets\/first-use-[\w-]+\.m?js:0\)$/;

/** The problems without the failed loads of desk tools' files, which a page offline before their first use expects. */
const withoutFirstUseLoads = (problems: Problems): Problems => ({
  ...problems,
  consoleErrors: problems.consoleErrors.filter((line) => !FIRST_USE_LOAD.test(line)),
});

/** Switches the province and waits for the Overview's total to show another number. */
async function switchProvince(page: Page, code: string): Promise<string> {
  const before = await page.locator(SEL.total).innerText();
  await page.selectOption('[data-testid="province-select"]', code);
  await expect.poll(() => page.locator(SEL.total).innerText(), { timeout: 30_000 }).not.toBe(before);
  return page.locator(SEL.total).innerText();
}

test('serves pre-compressed files with long caching for hashed assets and the CSP as a header', async () => {
  const html = await fetch(`${server.origin}/`, { headers: { 'accept-encoding': 'br' } });
  expect(html.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(html.headers.get('cache-control')).toBe('no-cache');
  const asset = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(await html.text())?.[1];
  expect(asset).toBeDefined();
  const js = await fetch(`${server.origin}/${asset ?? ''}`, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(js.headers.get('content-encoding')).toBe('br');
  expect(js.headers.get('cache-control')).toContain('immutable');
});

test('shows real figures while DuckDB is still downloading, then live DuckDB answers', async () => {
  const browser = await launchGuarded({ origin: server.origin });
  try {
    const wasm = browser.hold(/duckdb-eh-[\w-]+\.wasm/);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/`);
    await waitForFirstScreen(page, 30_000);
    // The engine cannot be ready: its wasm is held back. These figures are the build-time seed. (The seed can
    // show before the engine's worker has even asked for the wasm, so wait for that request, then hold it.)
    await expect.poll(() => wasm.held(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator(SEL.total).innerText()).toBe('40,54');
    // The table is below the headline: it comes in the render after the first screen is painted.
    await expectCount(page, SEL.dimensionRow, 8);
    expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, DATA_READY_MARK)).toBe(0);
    wasm.release();
    await engineReady(page);
    expect(await page.locator(SEL.total).innerText(), 'live DuckDB shows the same figure').toBe('40,54');
    expect(await switchProvince(page, 'P01')).toMatch(/\d/);
    expect(formatProblems(browser.problems)).toBe('');
  } finally {
    await browser.close();
  }
});

// These three share one browser and its one first visit (each then opens its own page with the network cut):
// what they check happens after that visit, which none of them changes (nothing reaches the server while offline).
describe('after one visit (service worker), with the network cut', () => {
  let browser: GuardedContext;
  /** What the first visit recorded (blocked requests, console and page errors, CSP violations). */
  let firstVisitProblems: Problems;

  beforeAll(async () => {
    browser = await launchGuarded({ origin: server.origin, observeOnly: true });
    await firstVisitWithServiceWorker(browser);
    firstVisitProblems = browser.mark();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** A new page with the network cut for `check`; then the page closes and the network comes back. */
  async function offlinePage(check: (page: Page) => Promise<void>): Promise<void> {
    await browser.context.setOffline(true);
    const page = await browser.context.newPage();
    try {
      await check(page);
    } finally {
      await page.close();
      await browser.context.setOffline(false);
    }
  }

  test('a second visit works with the network cut (service worker)', async () => {
    const mark = browser.mark();
    await offlinePage(async (offline) => {
      const requestsBefore = server.bytesSent();
      await offline.goto(`${server.origin}/?v=1&province=P43&lang=vi&view=overview`);
      await waitForApp(offline);
      expect(await offline.locator(SEL.total).innerText()).toBe('40,54');
      await engineReady(offline);
      expect(await switchProvince(offline, 'P01')).toMatch(/\d/);
      expect(server.bytesSent(), 'nothing came from the server').toBe(requestsBefore);
      expect(firstVisitProblems.pageErrors).toEqual([]);
      expect(browser.problemsSince(mark).pageErrors).toEqual([]);
    });
  });

  /** What each view shows once its chunk has run: its own element, and a drawn chart where it has one. */
  const VIEWS: readonly { view: string; shown: string; chart?: string }[] = [
    {
      view: 'dimensions',
      shown: '[data-testid="dimensions-view"]',
      chart: '[data-testid="dimensions-view"] .chart',
    },
    { view: 'nation', shown: '[data-testid="nation-view"]', chart: '[data-testid="nation-view"] .chart' },
    { view: 'plan', shown: '[data-testid="plan-view"]', chart: '[data-testid="chart-plan-completion"]' },
    {
      view: 'scores-vs-tasks',
      shown: '[data-testid="scores-vs-tasks"]',
      chart: '[data-testid="scores-vs-tasks"] .chart',
    },
    { view: 'data', shown: '[data-testid="data-view"]' },
    { view: 'briefing', shown: '[data-testid="briefing-view"]' },
  ];

  test('after one visit to the Overview, every other view opens with the network cut', async () => {
    const mark = browser.mark();
    await offlinePage(async (page) => {
      const sentBefore = server.bytesSent();
      await page.goto(`${server.origin}/?v=1&province=P43&year=2024&lang=vi&view=overview`);
      await waitForApp(page);
      expect(await page.locator(SEL.total).innerText()).toBe('40,54');
      await engineReady(page);
      for (const { view, shown, chart } of VIEWS) {
        await page.locator(`[data-testid="nav-${view}"]`).first().click();
        await page.locator(shown).first().waitFor({ state: 'visible', timeout: 30_000 });
        if (chart !== undefined) await waitForChartCanvas(page, chart);
        expect(await page.locator(SEL.errorPanel).count(), `${view}: no error panel`).toBe(0);
        // The SQL console is a desk tool, kept from its first use (src/server/first-use-tools.ts): never used
        // here, it says it downloads with a network, and the rest of the Data view works.
        if (view === 'data') await page.locator(CONSOLE_NOT_DOWNLOADED).waitFor({ timeout: 30_000 });
      }
      expect(server.bytesSent(), 'nothing came from the server').toBe(sentBefore);
      // Nothing recorded in the first visit nor in this one but the console's chunk the network could not give.
      expect(formatProblems(firstVisitProblems)).toBe('');
      expect(formatProblems(withoutFirstUseLoads(browser.problemsSince(mark)))).toBe('');
    });
  });

  test('after one visit, a slide PNG exports with the network cut (the export font is precached)', async () => {
    const mark = browser.mark();
    // The first visit exports nothing, and every page after it is offline: only the service worker's precache
    // can hold the export font.
    await offlinePage(async (page) => {
      await page.goto(`${server.origin}/?v=1&province=P43&year=2024&lang=vi&view=overview`);
      await waitForApp(page);
      await engineReady(page);
      const trend = 'chart-total-trend';
      await waitForChartCanvas(page, SEL.chartTrend, 30_000);
      await page.locator(`[data-testid="${trend}-menu-button"]`).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.locator(`[data-testid="${trend}-export-slidePng"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^papi_dak-nong_total-trend_.*\.png$/);
      expect(
        readFileSync(await download.path())
          .subarray(1, 4)
          .toString('latin1'),
      ).toBe('PNG');
      expect(firstVisitProblems.pageErrors).toEqual([]);
      expect(browser.problemsSince(mark).pageErrors).toEqual([]);
    });
  });
});

/**
 * Records what the page showed when the Overview's total first had a number: the number, whether the live
 * engine had loaded the data by then (its data-ready mark) and whether the engine's loading bar was showing.
 */
const FIRST_FIGURE_INIT_SCRIPT = `(() => {
  if (window !== window.top) return;
  const seen = { total: null, engineLive: null, engineLoading: null };
  Object.defineProperty(window, '__papiFirstFigure', { value: seen });
  const check = () => {
    const total = document.querySelector('${SEL.total}');
    if (seen.total !== null || !total || !/\\d/.test(total.textContent || '')) return seen.total !== null;
    seen.total = total.textContent;
    seen.engineLive = performance.getEntriesByName('${DATA_READY_MARK}').length > 0;
    seen.engineLoading = document.querySelector('[data-testid="seed-engine-progress"]') !== null;
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/**
 * Asks for the seed only once the app's shell (its nav) has rendered: on a repeat visit the app's code comes
 * from the service worker and can render before the seed is read (a slow disk, a busy machine), the order in
 * which issue 24's repeat visits lost the seed. Forced here, so the order is a fact, not a race.
 */
const SEED_AFTER_SHELL_INIT_SCRIPT = `(() => {
  if (window !== window.top) return;
  const fetchOriginal = window.fetch.bind(window);
  const shellRendered = new Promise((resolve) => {
    const check = () => document.querySelector('${SEL.nav}') !== null && (resolve(), true);
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true });
  });
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!/\\/first-screen\\/[\\w-]+\\.json(\\?|$)/.test(url)) return fetchOriginal(input, init);
    return shellRendered.then(() => fetchOriginal(input, init));
  };
})();`;

interface FirstFigure {
  total: string | null;
  engineLive: boolean | null;
  engineLoading: boolean | null;
}

test("a second visit, the browser reopened on the same profile, shows the seed's figures from the service worker before the engine is live", async () => {
  // A user coming back: the first visit installs the service worker; the browser is closed and reopened.
  const profile = mkdtempSync(join(tmpdir(), 'papi-second-visit-'));
  try {
    const first = await launchGuarded({ origin: server.origin, observeOnly: true, userDataDir: profile });
    try {
      await firstVisitWithServiceWorker(first);
    } finally {
      await first.close();
    }
    const again = await launchGuarded({ origin: server.origin, observeOnly: true, userDataDir: profile });
    try {
      await again.context.addInitScript('window.__papiServiceWorkerUnderTest = true;');
      await again.context.addInitScript(FIRST_FIGURE_INIT_SCRIPT);
      await again.context.addInitScript(SEED_AFTER_SHELL_INIT_SCRIPT);
      const page = await again.context.newPage();
      await page.goto(`${server.origin}/`);
      await waitForApp(page);
      const seen = await page.evaluate(
        () => (window as unknown as { __papiFirstFigure: FirstFigure }).__papiFirstFigure,
      );
      expect(seen.total, 'the first figure shown').toBe('40,54');
      expect(seen.engineLive, 'the engine was not live yet: the figure was the seed').toBe(false);
      expect(seen.engineLoading, "the engine's loading bar showed beside it").toBe(true);
      const seedFromServiceWorker = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some(
            (e) =>
              /\/first-screen\/[\w-]+\.json$/.test(e.name) &&
              (e as PerformanceResourceTiming).workerStart > 0,
          ),
      );
      expect(seedFromServiceWorker, 'the seed came through the service worker').toBe(true);
      expect(await page.locator(SEL.total).innerText(), 'live DuckDB shows the same figure').toBe('40,54');
      expect(formatProblems(again.problems)).toBe('');
    } finally {
      await again.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('offers "Có phiên bản mới — Tải lại" when a new version is deployed, and reloads every open tab into it', async () => {
  // The same build, but the service worker changes when `deployed` is set: a new version for the browser.
  let deployed = false;
  let nextServed = 0;
  const serve = createDistHandler(DIST_DIR);
  const updating = await serveDist(DIST_DIR, 0, '127.0.0.1', (req, res) => {
    if (!deployed || !(req.url ?? '').startsWith('/sw.js')) return serve(req, res);
    nextServed += 1;
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(`${readFileSync(join(DIST_DIR, 'sw.js'), 'utf8')}\n// next version\n`);
  });
  const browser = await launchGuarded({ origin: updating.origin, observeOnly: true });
  try {
    await firstVisitWithServiceWorker(browser, updating.origin);

    const page = await browser.context.newPage();
    await page.goto(`${updating.origin}/`);
    await waitForApp(page);
    await engineReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await serviceWorkerRegistered(page);
    expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0);
    deployed = true;
    await checkForNewVersion(page, () => nextServed);
    const prompt = page.locator('[data-testid="update-prompt"]');
    await prompt.waitFor({ timeout: 60_000 }).catch(placed(page, 'No update prompt'));
    expect((await prompt.innerText()).normalize('NFC')).toContain('Có phiên bản mới');
    await saveScreenshot(page, 'update-prompt-vi-1366.png');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'update-prompt-vi-390.png');
    // A second tab of the app, on the old version too: "Tải lại" in the first must reload it as well.
    const other = await browser.context.newPage();
    await other.goto(`${updating.origin}/?view=plan`);
    await waitForDataReady(other);
    // Its page reloads when it hears the new version take over, which it listens for once registered.
    await serviceWorkerRegistered(other);
    const newVersionWaits = (tab: typeof page): Promise<boolean> =>
      tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
    expect(await other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await newVersionWaits(other), 'the new version waits while both tabs run the old one').toBe(true);
    await Promise.all([
      page
        .waitForEvent('framenavigated', { timeout: 30_000 })
        .catch(placed(page, 'The first tab did not reload')),
      other
        .waitForEvent('framenavigated', { timeout: 30_000 })
        .catch(placed(other, 'The second tab did not reload')),
      // Within the navigations' time, so that a click that cannot land says what is in its way.
      prompt.getByRole('button', { name: 'Tải lại' }).click({ timeout: 20_000 }),
    ]);
    await waitForApp(page);
    await waitForDataReady(other);
    expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0);
    expect(await other.locator('[data-testid="update-prompt"]').count()).toBe(0);
    // The new version is the active one: nothing waits any more, in either tab.
    expect(await newVersionWaits(other)).toBe(false);
    expect(browser.problems.pageErrors).toEqual([]);
  } finally {
    await browser.close();
    await updating.close();
  }
});

// The desk tools (the PDF and Word plan readers, the SQL console) are not precached: a first visit, often a
// leader's on a phone, does not download them. Offline before their first use they say so; used once online,
// the service worker keeps them and they work offline. A browser of its own: this changes what its cache holds.
describe('the desk tools: offline before their first use they say they need the network once; after it, they work offline', () => {
  let browser: GuardedContext;

  beforeAll(async () => {
    browser = await launchGuarded({ origin: server.origin, observeOnly: true });
    await firstVisitWithServiceWorker(browser);
  });

  afterAll(async () => {
    await browser.close();
  });

  const DATA = `/?v=1&province=P31&year=2024&lang=vi&view=data`;
  const planOutcome = '[data-testid="plan-outcome"]';
  const planRead = '[data-testid="plan-review"] [role="status"]';

  /** Opens the Data view in a new page (offline or not), runs `check`, closes the page. */
  async function dataView(offline: boolean, check: (page: Page) => Promise<void>): Promise<void> {
    await browser.context.setOffline(offline);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}${DATA}`);
      await waitForDataReady(page);
      await page.locator('[data-testid="datasets-table"]').waitFor({ state: 'visible', timeout: 30_000 });
      await check(page);
    } finally {
      await page.close();
      await browser.context.setOffline(false);
    }
  }

  const choosePlan = async (page: Page, name: string, bytes: Uint8Array): Promise<void> =>
    page
      .locator('[data-testid="plan-file-input"]')
      .setInputFiles([
        { name, mimeType: name.endsWith('.pdf') ? 'application/pdf' : WORD_MIME, buffer: Buffer.from(bytes) },
      ]);

  test('the console and both plan readers, before and after their first use', async () => {
    const [pdf, docx] = [await buildHue57Pdf(), await hueDocx()];
    const mark = browser.mark();
    const sentBefore = server.bytesSent();
    await dataView(true, async (page) => {
      await page.locator(CONSOLE_NOT_DOWNLOADED).waitFor({ timeout: 30_000 });
      expect(await page.locator(CONSOLE_NOT_DOWNLOADED).innerText()).toContain(
        'Trình soạn SQL chưa có trên máy này và lúc này không tải được',
      );
      await choosePlan(page, 'ke-hoach-57.pdf', pdf);
      await expect
        .poll(() => page.locator(planOutcome).textContent(), { timeout: 30_000 })
        .toContain('ke-hoach-57.pdf: trình đọc PDF chưa có trên máy này');
      await choosePlan(page, 'ke-hoach-88.docx', docx);
      await expect
        .poll(() => page.locator(planOutcome).textContent(), { timeout: 30_000 })
        .toContain('ke-hoach-88.docx: trình đọc Word chưa có trên máy này');
      await saveScreenshot(page, 'offline-desk-tools-not-downloaded-vi-1366');
    });
    expect(server.bytesSent(), 'nothing came from the server offline').toBe(sentBefore);
    expect(formatProblems(withoutFirstUseLoads(browser.problemsSince(mark)))).toBe('');

    // Online, each is used once: the console opens, both plans are read.
    const used = async (page: Page): Promise<void> => {
      await page.locator('[data-testid="sql-console"] .cm-editor').waitFor({ timeout: 30_000 });
      await choosePlan(page, 'ke-hoach-57.pdf', pdf);
      await expect
        .poll(() => page.locator(planRead).first().textContent(), { timeout: 30_000 })
        .toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-57.pdf');
      await choosePlan(page, 'ke-hoach-88.docx', docx);
      await expect
        .poll(() => page.locator(planRead).first().textContent(), { timeout: 30_000 })
        .toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-88.docx');
    };
    await dataView(false, used);
    // Offline again: the service worker's copies serve them.
    const sentOnline = server.bytesSent();
    const afterUse = browser.mark();
    await dataView(true, used);
    expect(server.bytesSent(), 'nothing came from the server offline').toBe(sentOnline);
    expect(formatProblems(browser.problemsSince(afterUse))).toBe('');
  });
});

test('a desk tool used before an update is fetched in its new version as the update installs, and the old files go once it is live', async () => {
  // The next version, as a rebuild that changed the SQL console gives it: the console's file has another name
  // (served here with the same bytes) in the service worker's list of the tools' files.
  const assets = readdirSync(join(DIST_DIR, 'assets'));
  const consoleFile = assets.find((name) => /^first-use-sql-console-[\w-]+\.js$/.test(name)) ?? '';
  expect(consoleFile).not.toBe('');
  const nextConsoleFile = 'first-use-sql-console-NEXTVERS.js';
  let deployed = false;
  let nextServed = 0;
  const serve = createDistHandler(DIST_DIR);
  const updating = await serveDist(DIST_DIR, 0, '127.0.0.1', (req, res) => {
    const url = req.url ?? '';
    const script = ['/sw.js', `/${FIRST_USE_SW_FILE}`].find((file) => url.startsWith(file));
    if (deployed && script !== undefined) {
      if (script === '/sw.js') nextServed += 1;
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      const text = readFileSync(join(DIST_DIR, script.slice(1)), 'utf8');
      res.end(`${text.replaceAll(consoleFile, nextConsoleFile)}\n// next version\n`);
      return;
    }
    if (url.startsWith(`/assets/${nextConsoleFile}`)) req.url = `/assets/${consoleFile}`;
    serve(req, res);
  });
  const keptTools = (page: Page): Promise<string[]> =>
    page.evaluate(async (name) => {
      const requests = await (await caches.open(name)).keys();
      return requests.map((request) => new URL(request.url).pathname.split('/').pop() ?? '').sort();
    }, FIRST_USE_CACHE_NAME);
  const browser = await launchGuarded({ origin: updating.origin, observeOnly: true });
  try {
    await firstVisitWithServiceWorker(browser, updating.origin);

    // The console used once, on a page the service worker serves: it keeps the console's file.
    const page = await browser.context.newPage();
    await page.goto(`${updating.origin}/?v=1&province=P43&lang=vi&view=data`);
    await waitForDataReady(page);
    await page.locator('[data-testid="sql-console"] .cm-editor').waitFor({ timeout: 30_000 });
    await expect.poll(() => keptTools(page), { timeout: 30_000 }).toEqual([consoleFile]);
    // Back to the Overview, which does not load the console: what the cache holds next is the update's doing.
    await page.goto(`${updating.origin}/?v=1&province=P43&lang=vi&view=overview`);
    await waitForDataReady(page);
    await serviceWorkerRegistered(page);

    deployed = true;
    await checkForNewVersion(page, () => nextServed);
    const prompt = page.locator('[data-testid="update-prompt"]');
    await prompt.waitFor({ timeout: 60_000 }).catch(placed(page, 'No update prompt'));
    // Installed and waiting: the new version's console is fetched; the old one stays for the tab still on it.
    expect(await keptTools(page)).toEqual([nextConsoleFile, consoleFile].sort());
    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 30_000 }).catch(placed(page, 'The tab did not reload')),
      prompt.getByRole('button', { name: 'Tải lại' }).click({ timeout: 20_000 }),
    ]);
    await waitForDataReady(page);
    await expect.poll(() => keptTools(page), { timeout: 30_000 }).toEqual([nextConsoleFile]);
    expect(browser.problems.pageErrors).toEqual([]);
  } finally {
    await browser.close();
    await updating.close();
  }
});

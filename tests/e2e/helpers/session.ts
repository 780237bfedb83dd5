// One browser + one static server per test file; checks after every test that nothing left the origin and
// nothing was logged as an error; screenshots on failure. By default each test gets a fresh page and a fresh
// origin. A file whose tests only read (`sharedPage: true`) keeps one page: its app starts once, and each
// test's open() navigates inside it (in-page-navigation.ts), with the viewport and focus reset between tests.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, TIMELINE_INIT_SCRIPT, waitForDataReady } from './app.ts';
import { launchGuarded, type GuardedContext, type Problems } from './browser.ts';
import { isLiveApp, openInPage, waitForSettled } from './in-page-navigation.ts';
import { startStaticServer, type StaticServer } from './server.ts';

export interface E2ESession {
  readonly server: StaticServer;
  readonly browser: GuardedContext;
  /** The current test's page (fresh each test, origin storage cleared; with `sharedPage`, the file's one page). */
  readonly page: Page;
  /** Absolute URL on the app's origin for a path or query, e.g. url('?province=P31&year=2023'). */
  url(pathOrQuery?: string): string;
  /** Clears the origin's storage (localStorage, IndexedDB, OPFS, caches, service workers), not the HTTP cache. */
  clearStorage(): Promise<void>;
  /**
   * Opens a link of the app (a query such as '?province=P43&view=plan') and waits until the live engine has
   * answered it: inside the app when this page already runs it (the file's shared page, or a test's own page
   * after its first open), else by loading the page. A test that means a reload says page.reload().
   */
  open(pathOrQuery?: string): Promise<void>;
  /**
   * With `sharedPage`: replaces the page by a fresh one on a cleared origin, for a test that needs what a first
   * visit has (empty storage, nothing exported yet). Its open() then starts the app again.
   */
  freshPage(): Promise<Page>;
}

export interface E2ESessionOptions {
  /** One page for the whole file, its app started once (tests that only read; none may rely on a fresh origin). */
  sharedPage?: boolean;
}

/** The viewport every test starts with (as launchGuarded's default). */
const DEFAULT_VIEWPORT = { width: 1366, height: 900 } as const;

export function formatProblems(p: Problems): string {
  const parts: string[] = [];
  if (p.blockedRequests.length) parts.push(`requests to other origins: ${p.blockedRequests.join('; ')}`);
  if (p.consoleErrors.length) parts.push(`console errors: ${p.consoleErrors.join('; ')}`);
  if (p.pageErrors.length) parts.push(`page errors: ${p.pageErrors.join('; ')}`);
  if (p.cspViolations.length) parts.push(`CSP violations: ${p.cspViolations.join('; ')}`);
  return parts.join('\n');
}

export function expectNoProblems(p: Problems): void {
  // One assertion over all four lists, so a failure shows everything that went wrong at once.
  const n = p.blockedRequests.length + p.consoleErrors.length + p.pageErrors.length + p.cspViolations.length;
  expect(p, `${n} problem(s) recorded`).toEqual({
    blockedRequests: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  });
}

async function clearOriginStorage(browser: GuardedContext, page: Page, origin: string): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Registers the hooks; call once at the top of a test file. */
export function setupE2ESession(options: E2ESessionOptions = {}): E2ESession {
  const shared = options.sharedPage === true;
  let server: StaticServer | undefined;
  let browser: GuardedContext | undefined;
  let page: Page | undefined;
  let mark: Problems | undefined;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchGuarded({ origin: server.origin });
    await browser.context.addInitScript(TIMELINE_INIT_SCRIPT);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    if (!browser || !server) throw new Error('e2e session not started');
    // A fresh page per test, and a fresh origin (no localStorage / IndexedDB / OPFS left by an earlier
    // test), but the same HTTP cache: keeps tests independent without paying for a new browser.
    if (shared && page !== undefined && !page.isClosed()) {
      await page.setViewportSize(DEFAULT_VIEWPORT);
    } else {
      const stale = browser.context.pages();
      page = await browser.context.newPage();
      for (const old of stale) await old.close();
      await clearOriginStorage(browser, page, server.origin);
    }
    mark = browser.mark();
  });

  afterEach(async (ctx) => {
    if (!browser || !page || !mark) return;
    const found = browser.problemsSince(mark);
    const failed = ctx.task.result?.state === 'fail' || formatProblems(found) !== '';
    if (failed) {
      const shot = await saveScreenshot(page, `FAIL-${ctx.task.name}`);
      if (shot) console.log(`screenshot: ${shot}`);
    }
    if (!shared || failed) {
      // A failed test may leave the shared page in any state: the next test starts a fresh one.
      await page.close().catch(() => undefined);
      page = undefined;
    }
    expectNoProblems(found);
  });

  return {
    get server() {
      if (!server) throw new Error('e2e session not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('e2e session not started');
      return browser;
    },
    get page() {
      if (!page) throw new Error('no page: use session.page inside a test');
      return page;
    },
    url(pathOrQuery = '') {
      if (!server) throw new Error('e2e session not started');
      return new URL(pathOrQuery, server.url).toString();
    },
    async clearStorage() {
      if (!browser || !server || !page) throw new Error('no page: use session.clearStorage inside a test');
      await clearOriginStorage(browser, page, server.origin);
    },
    async freshPage() {
      if (!browser || !server || !page) throw new Error('no page: use session.freshPage inside a test');
      const old = page;
      page = await browser.context.newPage();
      await old.close();
      await clearOriginStorage(browser, page, server.origin);
      return page;
    },
    async open(pathOrQuery = '') {
      if (!server || !page) throw new Error('no page: use session.open inside a test');
      const target = new URL(pathOrQuery, server.url);
      if (await isLiveApp(page, server.origin)) {
        await openInPage(page, target.search);
        return;
      }
      await page.goto(target.toString());
      await waitForDataReady(page);
      await waitForSettled(page);
    },
  };
}

// When the database engine cannot load (a proxy drops the 33 MB wasm, a broken deployment), the user
// gets a message in the page and a way to retry, never a blank screen. Its own browser: the failed
// download is expected to log errors, which the shared session would count as problems.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectVisible, saveScreenshot, SEL } from './helpers/app.ts';
import { launchGuarded, type GuardedContext } from './helpers/browser.ts';
import { startStaticServer, type StaticServer } from './helpers/server.ts';

let server: StaticServer;
let browser: GuardedContext;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchGuarded({ origin: server.origin });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

test('shows an error message with a retry button, in Vietnamese, when DuckDB cannot be downloaded', async () => {
  const mark = browser.mark();
  const page = await browser.context.newPage();
  // Page routes take precedence over the context's guard: fail every wasm download.
  await page.route(/\.wasm(\?|$)/, (route) => route.abort('failed'));
  await page.goto(server.url);

  await expectVisible(page, SEL.errorPanel, 60_000);
  const panel = page.locator(SEL.errorPanel);
  expect(await panel.getAttribute('role')).toBe('alert');
  expect((await panel.innerText()).normalize('NFC')).toMatch(/lỗi/i);
  await expect.poll(() => panel.getByRole('button').count()).toBe(1);
  // The frame stays: the user can still see where they are and switch language.
  await expectVisible(page, SEL.frame);
  await expectVisible(page, SEL.nav);
  expect(await page.locator(SEL.total).count(), 'no figures without data').toBe(0);
  await saveScreenshot(page, 'load-failure-vi.png');

  const problems = browser.problemsSince(mark);
  expect(problems.blockedRequests, 'requests to other origins').toEqual([]);
  expect(problems.cspViolations, 'CSP violations').toEqual([]);
  await page.close();
});

test('says so, with a retry, when the engine’s worker script cannot be loaded (a plain error event, no message)', async () => {
  const mark = browser.mark();
  const page = await browser.context.newPage();
  // A worker whose script fails to load reports a plain Event, not an ErrorEvent with a message.
  await page.route(/\/duckdb-worker-entry-[\w-]+\.js(\?|$)/, (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto(server.url);

  await expectVisible(page, SEL.errorPanel, 60_000);
  const panel = page.locator(SEL.errorPanel);
  expect((await panel.innerText()).normalize('NFC')).toMatch(/lỗi/i);
  await expect.poll(() => panel.getByRole('button').count()).toBe(1);
  expect(browser.problemsSince(mark).pageErrors, 'errors thrown in the page').toEqual([]);
  await page.close();
});

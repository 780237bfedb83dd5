// Each view's code is a chunk of its own (src/app/view-modules.ts), fetched when the view is first shown.
// After one visit the service worker holds every chunk: with the network cut, every view still opens and
// draws its charts (the Dimensions heatmap and the scatters load ECharts parts the Overview does not use).

import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveDist, type DistServer } from '../../src/server/serve-dist.ts';
import { DATA_READY_MARK, SEL, waitForApp } from './helpers/app.ts';
import { launchGuarded } from './helpers/browser.ts';
import { DIST_DIR } from './helpers/server.ts';
import { formatProblems } from './helpers/session.ts';

let server: DistServer;

beforeAll(async () => {
  server = await serveDist(DIST_DIR, 0);
});

afterAll(async () => {
  await server.close();
});

/** What each view shows once its chunk has run: its own element, and a drawn chart where it has one. */
const VIEWS = [
  { view: 'dimensions', shown: '[data-testid="dimensions-view"] .chart canvas' },
  { view: 'nation', shown: '[data-testid="nation-view"] .chart canvas' },
  { view: 'plan', shown: '[data-testid="chart-plan-completion"] canvas' },
  { view: 'scores-vs-tasks', shown: '[data-testid="scores-vs-tasks"] .chart canvas' },
  { view: 'data', shown: '[data-testid="data-view"]' },
  { view: 'briefing', shown: '[data-testid="briefing-view"]' },
] as const;

const engineReady = (page: Page): Promise<unknown> =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_READY_MARK, {
    timeout: 90_000,
  });

test('after one visit to the Overview, every other view opens with the network cut', async () => {
  const browser = await launchGuarded({ origin: server.origin, observeOnly: true });
  try {
    await browser.context.addInitScript('window.__papiServiceWorkerUnderTest = true;');
    const first = await browser.context.newPage();
    await first.goto(`${server.origin}/?v=1&province=P43&year=2024&lang=vi&view=overview`);
    await waitForApp(first);
    await engineReady(first);
    await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => first.evaluate(async () => (await caches.keys()).join(' ')), { timeout: 60_000 })
      .toMatch(/papi-duckdb-worker-entry/);
    await first.close();

    await browser.context.setOffline(true);
    const sentBefore = server.bytesSent();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/?v=1&province=P43&year=2024&lang=vi&view=overview`);
    await waitForApp(page);
    expect(await page.locator(SEL.total).innerText()).toBe('40,54');
    await engineReady(page);
    for (const { view, shown } of VIEWS) {
      await page.locator(`[data-testid="nav-${view}"]`).first().click();
      await page.locator(shown).first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.locator(SEL.errorPanel).count(), `${view}: no error panel`).toBe(0);
    }
    expect(server.bytesSent(), 'nothing came from the server').toBe(sentBefore);
    expect(formatProblems(browser.problems)).toBe('');
  } finally {
    await browser.context.setOffline(false);
    await browser.close();
  }
});

// When the data engine dies (its worker killed, or broken by a query), the page says so once, on every view,
// in the user's language, with a Restart button that brings a new engine with the bundled data and the kept
// imports, without a reload. A console query that needs more memory than the engine may take ends in a clear
// error (or that restart message), never in an endless wait. No earlier file covers the engine's health.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCount, expectVisible, SEL, textOf, waitForApp } from './helpers/app.ts';
import { dimensionOneDoneCsv } from './helpers/progress-report.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const OVERVIEW = '?province=P43&year=2024&lang=vi&view=overview';
const DATA = '?province=P43&year=2024&lang=vi&view=data';
const STOPPED = '[data-testid="engine-stopped"]';
const COMPLETION = `${SEL.dimensionTable} [data-testid="completion-cell"]`;
/**
 * The engine's death is noticed by the heartbeat: a ping every 5 s, unanswered for 10 s, or 30 s when a query
 * was running (a query the dead worker never answers counts: the kill may land while a panel loads).
 */
const NOTICED_WITHIN_MS = 90_000;

const nfc = (s: string): string => s.normalize('NFC');

const completionOf = (page: Page, dimension: string): Promise<string> =>
  textOf(page, `${SEL.dimensionRow}[data-indicator="${dimension}"] [data-testid="completion-cell"]`);

async function goTo(page: Page, view: 'Tổng quan' | 'Chỉ số nội dung'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: view }).click();
}

describe('engine health (built app, headless Chromium)', () => {
  test('a killed engine says so once on every view; Restart brings the figures and the kept import back without a reload', async () => {
    const { page } = session;
    await session.open(OVERVIEW);
    await waitForApp(page);
    await expectCount(page, COMPLETION, 8);
    const total = await textOf(page, SEL.total);
    expect(await completionOf(page, '1')).not.toMatch(/^100/);

    await session.open(DATA);
    await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
    await page
      .getByLabel('Nhập tệp dữ liệu', { exact: true })
      .setInputFiles([
        { name: 'bao-cao-quy-IV-2024.csv', mimeType: 'text/csv', buffer: dimensionOneDoneCsv() },
      ]);
    await page
      .getByRole('status')
      .filter({ hasText: 'bao-cao-quy-IV-2024.csv' })
      .waitFor({ timeout: 30_000 });
    await goTo(page, 'Tổng quan');
    await expectCount(page, COMPLETION, 8);
    await expect.poll(() => completionOf(page, '1')).toMatch(/^100\s?%/);

    // A reload would lose this mark: the restart must not reload.
    await page.evaluate(() => Object.assign(window, { __papiSamePage: true }));
    expect(await page.evaluate(() => document.visibilityState), 'the heartbeat pings a visible page').toBe(
      'visible',
    );
    const killed = await page.evaluate(() => {
      const hook = window.__papiEngineUnderTest;
      hook?.terminateWorker();
      return hook !== undefined;
    });
    expect(killed, 'the test hook exists under automation').toBe(true);

    const stopped = page.locator(STOPPED);
    await stopped.waitFor({ timeout: NOTICED_WITHIN_MS });
    expect(await stopped.getAttribute('role')).toBe('alert');
    expect(nfc(await stopped.innerText())).toContain('Bộ máy dữ liệu đã dừng.');
    expect(nfc((await stopped.locator('details summary').textContent()) ?? '')).toBe('Chi tiết kỹ thuật');
    expect(await stopped.count(), 'said once').toBe(1);

    // Every view says it, in place of a view that would wait for ever.
    await goTo(page, 'Chỉ số nội dung');
    await expect.poll(() => page.locator(`main ${STOPPED}`).count()).toBe(1);
    expect(await page.locator('main [data-testid="loading"]').count()).toBe(0);

    await goTo(page, 'Tổng quan');
    await page.locator(STOPPED).getByRole('button', { name: 'Khởi động lại' }).click();
    await expect.poll(() => page.locator(SEL.total).textContent(), { timeout: 60_000 }).toBe(total);
    await expectCount(page, COMPLETION, 8);
    await expect
      .poll(() => completionOf(page, '1'), { timeout: 30_000, message: 'the kept import is applied again' })
      .toMatch(/^100\s?%/);
    expect(await page.locator(STOPPED).count()).toBe(0);
    expect(await page.evaluate(() => (window as { __papiSamePage?: boolean }).__papiSamePage)).toBe(true);
    // Nothing is left waiting on the dead engine: the page stops saying it is busy.
    await expect
      .poll(() => page.locator('main').getAttribute('aria-busy'), { timeout: 30_000 })
      .toBe('false');
  });

  test('a console query that needs more memory than the engine may take ends in a clear error or the restart message', async () => {
    const { page } = session;
    await session.open(DATA);
    const editor = page.locator('[data-testid="sql-console-editor"] .cm-content');
    await editor.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('[data-testid="sql-console-run"]').isEnabled(), { timeout: 60_000 })
      .toBe(true);
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // A list of 10⁹ numbers (8 GB): far past the engine's memory limit and the wasm heap's 4 GiB.
    await page.keyboard.insertText('SELECT length(list(range)) FROM range(1000000000)');
    await page.keyboard.press('Control+Enter');

    const outcome = await page.waitForFunction(
      ([stoppedSel]) => {
        if (document.querySelector('[data-testid="sql-console-error"]')) return 'console-error';
        return document.querySelector(stoppedSel) ? 'stopped' : false;
      },
      [STOPPED] as const,
      { timeout: 180_000 },
    );
    const ended = (await outcome.jsonValue()) as 'console-error' | 'stopped';
    console.log(`out-of-memory console query: ${ended}`);
    if (ended === 'console-error') {
      expect(nfc(await textOf(page, '[data-testid="sql-console-error"]'))).toMatch(/Out of Memory Error/);
      // The engine lives on: the next query is answered.
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText('SELECT 42 AS answer');
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(() => page.locator('[data-testid="sql-console-status"]').textContent(), { timeout: 30_000 })
        .toMatch(/^1 dòng/);
    } else {
      await page.locator(STOPPED).getByRole('button', { name: 'Khởi động lại' }).click();
      await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
    }
    expect(await page.locator(STOPPED).count()).toBe(0);
  });
});

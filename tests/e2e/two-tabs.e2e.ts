// Two tabs of the app in one browser agree (issue 23, "Tabs agree"): an import kept in one tab reloads the
// other's data and says so, a reset in the second reaches the first, and a dimension target or a slide added in
// one shows in the other. No earlier file opens two tabs.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCount, expectVisible, SEL, textOf, waitForApp, waitForDataReady } from './helpers/app.ts';
import { dimensionOneDoneCsv } from './helpers/progress-report.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const OVERVIEW = '?province=P43&year=2024&lang=vi&view=overview';
const DATA = '?province=P43&year=2024&lang=vi&view=data';
const COMPLETION = `${SEL.dimensionTable} [data-testid="completion-cell"]`;
const UPDATED = 'Dữ liệu đã được cập nhật ở thẻ khác';
const POLL = { timeout: 30_000, interval: 200 };

const completionOf = (page: Page, dimension: string): Promise<string> =>
  textOf(page, `${SEL.dimensionRow}[data-indicator="${dimension}"] [data-testid="completion-cell"]`);

const noticesOf = async (page: Page): Promise<string> =>
  (await page.locator('[data-testid="notices"]').count()) === 0
    ? ''
    : (await page.locator('[data-testid="notices"]').innerText()).normalize('NFC');

describe('two tabs (built app, headless Chromium)', () => {
  test('an import kept in tab A reloads tab B, which says so; a reset in B reaches A', async () => {
    const a = session.page;
    await session.open(OVERVIEW);
    await waitForApp(a);
    const b = await session.browser.context.newPage();
    try {
      await b.goto(session.url(OVERVIEW));
      await waitForApp(b);
      await expectCount(b, COMPLETION, 8);
      const before = await completionOf(b, '1');
      expect(before).not.toMatch(/^100/);
      expect(await noticesOf(b)).not.toContain(UPDATED);

      // Tab A imports a report on its Data view.
      await session.open(DATA);
      await expectVisible(a, '[data-testid="datasets-table"]', 60_000);
      await a
        .getByLabel('Nhập tệp dữ liệu', { exact: true })
        .setInputFiles([
          { name: 'bao-cao-quy-IV-2024.csv', mimeType: 'text/csv', buffer: dimensionOneDoneCsv() },
        ]);
      await a.getByRole('status').filter({ hasText: 'bao-cao-quy-IV-2024.csv' }).waitFor({ timeout: 30_000 });

      // Tab B, untouched, shows the import and says why its figures moved.
      await expect.poll(() => completionOf(b, '1'), POLL).toMatch(/^100\s?%/);
      await expect.poll(() => noticesOf(b), POLL).toContain(UPDATED);
      // The tab that imported is not told its own change came from elsewhere.
      expect(await noticesOf(a)).not.toContain(UPDATED);

      // A reset in tab B (on its Data view) brings tab A's Overview back to the bundled figures.
      await a.goto(session.url(OVERVIEW));
      await waitForApp(a);
      await expect.poll(() => completionOf(a, '1'), POLL).toMatch(/^100\s?%/);
      await b.goto(session.url(DATA));
      await waitForDataReady(b);
      await b.getByRole('button', { name: 'Khôi phục dữ liệu gốc' }).click();
      await b.getByRole('button', { name: 'Có, khôi phục dữ liệu gốc' }).click();
      await expect.poll(() => completionOf(a, '1'), POLL).toBe(before);
      await expect.poll(() => noticesOf(a), POLL).toContain(UPDATED);
    } finally {
      await b.close();
    }
  });

  test('a dimension target set in tab A shows in tab B; a chart added to the deck in B is listed in A', async () => {
    const a = session.page;
    await session.open(OVERVIEW);
    await waitForApp(a);
    const b = await session.browser.context.newPage();
    try {
      await b.goto(session.url(OVERVIEW));
      await waitForApp(b);
      const targetIn = (page: Page): Promise<string> =>
        textOf(page, '[data-testid="light-row"][data-dimension="6"] [data-testid="light-target"]').catch(
          () => '',
        );
      expect(await targetIn(b)).not.toContain('7,00');

      await a.locator('[data-testid="target-editor"] summary').click();
      await a.locator('[data-testid="target-kind-6"]').selectOption('value');
      await a.locator('[data-testid="target-value-6"]').fill('7');
      await a.locator('[data-testid="target-value-6"]').press('Enter');
      await expect.poll(() => targetIn(a), POLL).toContain('7,00');
      await expect.poll(() => targetIn(b), POLL).toContain('7,00');

      // Tab A lists the deck; tab B adds the total trend to it.
      await session.open('?province=P43&year=2024&lang=vi&view=briefing');
      const slides = a.locator('[data-testid="briefing-slide"]');
      expect(await slides.count()).toBe(0);
      const trend = 'chart-total-trend';
      await b
        .locator(`[data-testid="${trend}"] canvas`)
        .first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      await b.locator(`[data-testid="${trend}-menu-button"]`).click();
      await b.locator(`[data-testid="${trend}-export-addToDeck"]`).click();
      await expect
        .poll(() => b.locator(`[data-testid="${trend}-export-status"]`).textContent(), POLL)
        .toBe('Đã thêm vào bản trình bày (1 trang)');
      await expect.poll(() => slides.count(), POLL).toBe(1);
    } finally {
      await b.close();
    }
  });
});

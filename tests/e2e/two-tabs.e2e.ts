// Two tabs of the app in one browser agree (issue 23, "Tabs agree"): an import kept in one tab reloads the
// other's data and says so, a reset in the second reaches the first, and a dimension target or a slide added in
// one shows in the other. No earlier file opens two tabs.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  expectCount,
  expectVisible,
  SEL,
  switchLanguage,
  textOf,
  waitForApp,
  waitForChartCanvas,
  waitForDataReady,
} from './helpers/app.ts';
import { waitForSettled } from './helpers/in-page-navigation.ts';
import { dimensionOneDoneCsv } from './helpers/progress-report.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const OVERVIEW = '?province=P43&year=2024&lang=vi&view=overview';
const DATA = '?province=P43&year=2024&lang=vi&view=data';
const COMPLETION = `${SEL.dimensionTable} [data-testid="completion-cell"]`;
const UPDATED = 'Dữ liệu đã được cập nhật ở thẻ khác';
const POLL = { timeout: 30_000, interval: 50 };

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
      const target = '[data-testid="light-row"][data-dimension="6"] [data-testid="light-target"]';
      const targetIn = (page: Page): Promise<string> => textOf(page, target).catch(() => '');
      // Tab B has settled (its targets query answered, nothing fetching) with dimension 6's light drawn: what it
      // shows now is what it had before tab A set anything (no wait for a target that is not there).
      await waitForSettled(b);
      await b.locator('[data-testid="light-row"][data-dimension="6"]').waitFor();
      const shown = b.locator(target);
      expect((await shown.count()) === 0 ? '' : await shown.first().textContent()).not.toContain('7,00');

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
      await waitForChartCanvas(b, `[data-testid="${trend}"]`);
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

/** Makes this page's IndexedDB refuse new imported files, as a full profile does, until `free()`. */
const fillStorage = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const state = window as unknown as { __papiQuotaFull?: boolean; __papiQuotaPatched?: boolean };
    state.__papiQuotaFull = true;
    if (state.__papiQuotaPatched === true) return;
    state.__papiQuotaPatched = true;
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (state.__papiQuotaFull === true && this.name === 'imported-files')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
const freeStorage = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __papiQuotaFull?: boolean }).__papiQuotaFull = false;
  });

/** The channel's messages this page hears from the other tabs, by kind, in order. */
const recordChannel = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const heard: string[] = [];
    Object.assign(window, { __papiHeard: heard });
    new BroadcastChannel('papi-dashboard-data').addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { kind?: string; cause?: string };
      heard.push(data.cause === undefined ? String(data.kind) : `${data.kind}:${data.cause}`);
    });
  });

describe('storage that fills up (built app, headless Chromium)', () => {
  test('an import the browser refuses to keep stays on every view until a retry keeps it; a reset elsewhere asks first and is announced before it erases', async () => {
    const a = session.page;
    await session.open(DATA);
    await expectVisible(a, '[data-testid="datasets-table"]', 60_000);
    const b = await session.browser.context.newPage();
    const notice = b.locator('[data-testid="storage-failure-notice"]');
    const noticeText = async (): Promise<string> =>
      (await notice.count()) === 0 ? '' : (await notice.innerText()).normalize('NFC');
    const stateOf = (page: Page, file: string): Promise<string> =>
      page
        .locator('[data-testid="kept-file-row"]')
        .filter({ hasText: file })
        .locator('[data-testid="kept-file-state"]')
        .innerText()
        .then((text) => text.normalize('NFC'))
        .catch(() => '');
    try {
      await b.goto(session.url(DATA));
      await waitForDataReady(b);
      await expectVisible(b, '[data-testid="datasets-table"]', 60_000);
      await fillStorage(b);
      await b
        .getByLabel('Nhập tệp dữ liệu', { exact: true })
        .setInputFiles([
          { name: 'bao-cao-quy-IV-2024.csv', mimeType: 'text/csv', buffer: dimensionOneDoneCsv() },
        ]);
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await noticeText()).toContain('Dữ liệu đã nhập chưa được lưu');
      expect(await noticeText()).toContain('Chưa lưu: bao-cao-quy-IV-2024.csv');
      expect(await noticeText()).toContain('Không lưu được vào trình duyệt: bộ nhớ của trình duyệt đã đầy');
      expect(
        await notice.locator('[data-testid="storage-failure-reason"]').innerText(),
        'the browser’s English is under details only',
      ).not.toContain('quota');
      expect(
        (await notice.locator('details pre').textContent())?.trim(),
        'the browser’s own words under "Chi tiết kỹ thuật"',
      ).toBe('The quota has been exceeded.');
      // The Data view's table marks the file as not kept.
      await expect.poll(() => stateOf(b, 'bao-cao-quy-IV-2024.csv'), POLL).toBe('chưa lưu');

      // Leaving the Data view keeps the notice, on every view.
      await b.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
      await expectCount(b, COMPLETION, 8);
      await expect.poll(() => completionOf(b, '1'), POLL).toMatch(/^100\s?%/);
      expect(await notice.count()).toBe(1);
      await b.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click();
      await expect.poll(() => b.locator('main').getAttribute('data-url-search'), POLL).toContain('view=plan');
      expect(await notice.count()).toBe(1);
      // In English too.
      await switchLanguage(b, 'en');
      await expect.poll(noticeText, POLL).toContain('Imported data not kept');
      expect(await noticeText()).toContain('Not kept: bao-cao-quy-IV-2024.csv');
      expect(await noticeText()).toContain('Could not save in this browser: the browser’s storage is full');
      await switchLanguage(b, 'vi');
      await expect.poll(noticeText, POLL).toContain('Dữ liệu đã nhập chưa được lưu');

      // Retry while the storage is still full: still not kept, and it says so.
      await notice.getByRole('button', { name: 'Thử lưu lại' }).click();
      await expect.poll(noticeText, POLL).toContain('Thử lại vẫn chưa lưu được.');
      // "Giải phóng dung lượng" opens the kept files table in this page (a page load would lose the data).
      await b.evaluate(() => Object.assign(window, { __papiSamePage: true }));
      await notice.getByRole('link', { name: 'Giải phóng dung lượng (xóa tệp đã lưu)' }).click();
      await expectVisible(b, '[data-testid="kept-files-table"]', 30_000);
      expect(await b.evaluate(() => (window as { __papiSamePage?: boolean }).__papiSamePage)).toBe(true);
      expect(await notice.locator('a', { hasText: 'Sao lưu' }).getAttribute('href')).toMatch(
        /view=data.*#backup$/,
      );

      // Space is back: Retry keeps the file, the notice goes, the table says kept.
      await freeStorage(b);
      await notice.getByRole('button', { name: 'Thử lưu lại' }).click();
      await expect.poll(() => notice.count(), POLL).toBe(0);
      await expect.poll(() => stateOf(b, 'bao-cao-quy-IV-2024.csv'), POLL).toBe('đã lưu');

      // A second import is refused again; tab A's reset asks first, names it, and is announced before it erases.
      await fillStorage(b);
      await b
        .getByLabel('Nhập tệp dữ liệu', { exact: true })
        .setInputFiles([
          { name: 'bao-cao-bo-sung.csv', mimeType: 'text/csv', buffer: dimensionOneDoneCsv() },
        ]);
      await expect.poll(noticeText, POLL).toContain('Chưa lưu: bao-cao-bo-sung.csv');
      await recordChannel(b);
      await a.getByRole('button', { name: 'Khôi phục dữ liệu gốc' }).click();
      await a.getByRole('button', { name: 'Có, khôi phục dữ liệu gốc' }).click();
      const warning = a.locator('[data-testid="restore-unkept-elsewhere"]');
      await warning.waitFor({ timeout: 10_000 });
      expect((await warning.innerText()).normalize('NFC')).toContain('bao-cao-bo-sung.csv');
      await a.getByRole('button', { name: 'Vẫn khôi phục' }).click();
      await a.locator('[data-testid="restore-outcome"]').waitFor({ timeout: 30_000 });
      await expect.poll(() => noticesOf(b), POLL).toContain(UPDATED);
      const heard = await b.evaluate(() => (window as unknown as { __papiHeard: string[] }).__papiHeard);
      expect(heard.indexOf('reset-coming'), 'announced').toBeGreaterThanOrEqual(0);
      expect(heard.indexOf('reset-coming'), 'before the reset is done').toBeLessThan(
        heard.indexOf('data-changed:reset'),
      );
      // The erased import is no longer claimed; tab B shows the bundled data and keeps nothing.
      expect(await notice.count()).toBe(0);
      await expect.poll(() => b.locator('[data-testid="kept-files-empty"]').count(), POLL).toBe(1);
    } finally {
      await b.close();
    }
  });
});

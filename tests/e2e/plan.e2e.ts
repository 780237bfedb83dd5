// The Plan view in the built app (headless Chromium): diacritic-free search, a status filter, a task's
// report history, the URL reproducing all of it after a reload, and Thừa Thiên Huế's one "no plan" message.
// After every test: no foreign request, no console or page error (helpers/session.ts).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { APP_READY_TIMEOUT_MS, saveScreenshot } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const VIEW = '[data-testid="plan-view"]';
const ROW = '[data-testid="plan-task-row"]';
const POLL = { timeout: 15_000, interval: 100 };

const paramsOf = (page: Page): Record<string, string> => Object.fromEntries(new URL(page.url()).searchParams);
const rowIds = (page: Page): Promise<string[]> =>
  page.locator(ROW).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task-id') ?? ''));

async function waitForView(page: Page): Promise<void> {
  await page.locator(VIEW).first().waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
}

describe('Plan view (built app, headless Chromium)', () => {
  test('Đắk Nông: search without diacritics, filter by state, open a history; the URL reproduces it', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=plan&province=P43&lang=vi');
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
    // Sample progress: the badge and the source line say so.
    expect(await page.locator('[data-testid="sample-badge"]').count()).toBeGreaterThan(0);
    const sources = await page.locator('.figure-source').allTextContents();
    expect(sources.every((s) => s.normalize('NFC').includes('dữ liệu minh họa'))).toBe(true);
    const rule = (await page.locator('[data-testid="plan-rule"]').textContent())?.normalize('NFC') ?? '';
    expect(rule).toContain('31/12');

    // The search box is found by its label; "tham nhung" finds the four corruption tasks.
    await page.getByLabel('Tìm nhiệm vụ').fill('tham nhung');
    await expect.poll(() => rowIds(page), POLL).toEqual(['474-4.1-a', '474-4.2-a', '474-4.2-b', '474-4.4-a']);
    await expect.poll(() => paramsOf(page).q, POLL).toBe('tham nhung');

    // Status filter: "not reported" (as of 2025-Q4: two ongoing tasks miss reports, 474-4.2-b never had one).
    await page.getByLabel('Trạng thái', { exact: true }).selectOption('not_reported');
    await expect.poll(() => rowIds(page), POLL).toEqual(['474-4.1-a', '474-4.2-a', '474-4.2-b']);
    const states = await page
      .locator(`${ROW}[data-task-id="474-4.2-b"] [data-state]`)
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-state')));
    expect(states).toEqual(['not_reported']);

    // Open the task: full text, agencies and the history by unit.
    await page.locator(`${ROW} .plan-task-toggle`).first().click();
    const detail = page.locator('[data-testid="plan-task-detail"]');
    await detail.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator(`${ROW} .plan-task-toggle`).first().getAttribute('aria-expanded')).toBe('true');
    const historyRows = page.locator('[data-testid="plan-task-history"] tbody tr');
    expect(await historyRows.count()).toBeGreaterThan(1);
    const historyText = ((await detail.textContent()) ?? '').normalize('NFC');
    expect(historyText).toContain('Quý III/2024');
    expect(paramsOf(page)).toMatchObject({ q: 'tham nhung', status: 'not_reported', task: '474-4.1-a' });
    await saveScreenshot(page, 'plan-filtered-1366');

    // A reload shows the same thing.
    await page.reload();
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toEqual(['474-4.1-a', '474-4.2-a', '474-4.2-b']);
    await page.locator('[data-testid="plan-task-detail"]').waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.getByLabel('Tìm nhiệm vụ').inputValue()).toBe('tham nhung');
    expect(await page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('not_reported');

    // Back undoes the task opening (a filter choice is a new history entry).
    await page.goBack();
    await expect.poll(() => paramsOf(page).task, POLL).toBeUndefined();
    await expect.poll(() => page.locator('[data-testid="plan-task-detail"]').count(), POLL).toBe(0);
  });

  test('keyboard: Tab reaches the search, the filters and a task, Enter opens it; English and narrow screens', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=plan&province=P43&lang=en');
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
    await saveScreenshot(page, 'plan-en-1366');
    expect(await page.getByLabel('Search tasks').count()).toBe(1);
    // A state's count is a shortcut to the tasks in that state.
    await page.locator('[data-testid="plan-state-counts"] [data-state="overdue"] button').click();
    await expect.poll(() => paramsOf(page).status, POLL).toBe('overdue');
    await expect.poll(async () => (await rowIds(page)).length, POLL).toBeLessThan(33);
    const overdueTags = await page.locator(`${ROW} [data-state="overdue"]`).count();
    expect(overdueTags).toBe((await rowIds(page)).length);
    await page.goBack();
    await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
    const reached: string[] = [];
    for (let i = 0; i < 120 && !reached.includes('task'); i += 1) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        if (el?.matches('[data-testid="plan-search"]')) return 'search';
        if (el?.matches('[data-testid="plan-filter-status"]')) return 'status';
        if (el?.matches('.plan-task-toggle')) return 'task';
        return '';
      });
      if (what !== '') reached.push(what);
    }
    expect(reached).toEqual(['search', 'status', 'task']);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="plan-task-detail"]').waitFor({ state: 'visible', timeout: 10_000 });
    expect((await page.locator('[data-testid="plan-task-detail"]').textContent()) ?? '').toContain(
      'Report history by unit',
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'plan-en-390');
    await session.open('?view=plan&province=P43&lang=vi');
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
    await saveScreenshot(page, 'plan-vi-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, 'plan-vi-1366');
  });

  test('Thừa Thiên Huế (no plan) shows one clear "no plan loaded" message', async () => {
    const { page } = session;
    await session.open('?view=plan&province=P31&lang=vi');
    const none = page.locator('[data-testid="plan-none"]');
    await none.waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    expect(await none.count()).toBe(1);
    expect(((await none.textContent()) ?? '').normalize('NFC')).toContain('chưa có kế hoạch');
    expect(await page.locator(ROW).count()).toBe(0);
  });
});

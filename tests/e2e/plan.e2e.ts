// The Plan view in the built app (headless Chromium): diacritic-free search, a status filter, a task's
// report history, the URL reproducing all of it after a reload, and Thừa Thiên Huế's one "no plan" message;
// at 1366 and 390 px in both languages, counts that name their unit and agree with the Overview's summary,
// and tables that scroll as named regions Tab reaches, the completion grid showing its latest period; the
// completion and agency charts drawn at both widths, with their menus, one exported as a 1920×1080 slide.
// After every test: no foreign request, no console or page error (helpers/session.ts).
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  APP_READY_TIMEOUT_MS,
  artifactPath,
  bestCanvas,
  saveScreenshot,
  waitForChartCanvas,
} from './helpers/app.ts';
import { expectNoSidewaysScroll, sidewaysOverflow } from './helpers/keyboard.ts';
import { pngSize } from './helpers/png.ts';
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

    // Status filter: "not reported" (as of 2025-Q4: one ongoing task misses a report, 474-4.2-b never had one).
    await page.getByLabel('Trạng thái', { exact: true }).selectOption('not_reported');
    await expect.poll(() => rowIds(page), POLL).toEqual(['474-4.2-a', '474-4.2-b']);
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
    // The URL is written after the frame that shows the choice (src/state/url-writes.ts).
    await expect
      .poll(() => paramsOf(page))
      .toMatchObject({ q: 'tham nhung', status: 'not_reported', task: '474-4.2-a' });
    await saveScreenshot(page, 'plan-filtered-1366');

    // A reload shows the same thing.
    await page.reload();
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toEqual(['474-4.2-a', '474-4.2-b']);
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
    // English state words are longer: two state counts a row must still fit the phone's width.
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'plan-en-390');
    await session.open('?view=plan&province=P43&lang=vi');
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
    await saveScreenshot(page, 'plan-vi-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, 'plan-vi-1366');
  });

  // What each language calls the units: the task count out of all tasks, then the task-unit pairs.
  const UNITS = {
    vi: {
      tasks: /^(\d+)\/(\d+) nhiệm vụ$/,
      pairs: /^(\d+) lượt \(nhiệm vụ × đơn vị\)$/,
      summary: /(\d+)\/(\d+) nhiệm vụ có phần quá hạn/,
      shown: /(\d+)\/(\d+) nhiệm vụ/,
    },
    en: {
      tasks: /^(\d+)\/(\d+) tasks$/,
      pairs: /^(\d+) task-unit pairs?$/,
      summary: /(\d+)\/(\d+) tasks partly overdue/,
      shown: /(\d+) of (\d+) tasks/,
    },
  } as const;
  const nfc = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const GRID_SCROLL = '[data-testid="plan-grid-scroll"]';

  /** The Overview summary's "x/33" overdue tasks for Đắk Nông's plan (aimed at 2024). */
  async function summaryOverdue(page: Page, lang: 'vi' | 'en'): Promise<string> {
    await session.open(`?province=P43&year=2024&lang=${lang}`);
    const summary = page.locator('[data-testid="summary-text"]');
    await summary.first().waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    // The text a reader sees: each figure's (hidden) source tip left out.
    const text = await summary.first().evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      for (const tip of copy.querySelectorAll('[role="tooltip"]')) tip.remove();
      return copy.textContent ?? '';
    });
    const match = UNITS[lang].summary.exec(nfc(text));
    expect(match, 'summary names the overdue tasks').not.toBeNull();
    return `${match?.[1] ?? ''}/${match?.[2] ?? ''}`;
  }

  for (const lang of ['vi', 'en'] as const) {
    test(`${lang}: every count names its unit, tasks first, and agrees with the summary and the filter (1366 and 390 px)`, async () => {
      const { page } = session;
      const units = UNITS[lang];
      const overdueInSummary = await summaryOverdue(page, lang);
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
        await session.open(`?view=plan&province=P43&lang=${lang}`);
        await waitForView(page);
        await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
        const chips = await page.locator('[data-testid="plan-state-counts"] li').evaluateAll((items) =>
          items.map((item) => ({
            state: item.getAttribute('data-state') ?? '',
            tasks: item.querySelector('[data-testid="plan-state-tasks"]')?.textContent ?? '',
            pairs: item.querySelector('[data-testid="plan-state-pairs"]')?.textContent ?? '',
          })),
        );
        expect(chips).toHaveLength(8);
        let pairSum = 0;
        for (const chip of chips) {
          const tasks = units.tasks.exec(nfc(chip.tasks));
          const pairs = units.pairs.exec(nfc(chip.pairs));
          expect(tasks, `${chip.state}: "${chip.tasks}" names tasks out of all`).not.toBeNull();
          expect(pairs, `${chip.state}: "${chip.pairs}" names task-unit pairs`).not.toBeNull();
          expect(tasks?.[2]).toBe('33');
          // A task is counted once however many of its units are in the state: never more tasks than pairs.
          expect(Number(tasks?.[1])).toBeLessThanOrEqual(Number(pairs?.[1]));
          pairSum += Number(pairs?.[1]);
        }
        // The stated rule gives the totals the counts are out of; each pair is in exactly one state.
        const rule = nfc(await page.locator('[data-testid="plan-count-rule"]').textContent());
        expect(rule).toContain(String(pairSum));
        expect(rule).toContain('33');
        const overdue = chips.find((chip) => chip.state === 'overdue');
        const overdueTasks = units.tasks.exec(nfc(overdue?.tasks ?? ''));
        expect(`${overdueTasks?.[1] ?? ''}/${overdueTasks?.[2] ?? ''}`).toBe(overdueInSummary);
        // In the sample, the overdue pairs outnumber the overdue tasks: the confusion the units prevent.
        expect(Number(units.pairs.exec(nfc(overdue?.pairs ?? ''))?.[1])).toBeGreaterThan(
          Number(overdueTasks?.[1]),
        );
        // The count filters the table, whose "x/33" then says the same.
        await page.locator('[data-testid="plan-state-counts"] [data-state="overdue"] button').click();
        await expect.poll(() => paramsOf(page).status, POLL).toBe('overdue');
        await expect
          .poll(async () => {
            const shown = units.shown.exec(
              nfc(await page.locator('[data-testid="plan-result-count"]').textContent()),
            );
            return `${shown?.[1] ?? ''}/${shown?.[2] ?? ''}`;
          }, POLL)
          .toBe(overdueInSummary);
        // The grid's and the breakdowns' headers say they count pairs.
        for (const table of ['plan-completion-grid', 'plan-by-agency', 'plan-by-unit']) {
          const head = nfc(await page.locator(`[data-testid="${table}"] thead`).textContent());
          expect(head, table).toContain(lang === 'vi' ? 'lượt (nhiệm vụ × đơn vị)' : 'task-unit pairs');
        }
        await saveScreenshot(page, `plan-counts-${lang}-${String(width)}`);
        await page.goBack();
        await expect.poll(() => paramsOf(page).status, POLL).toBeUndefined();
      }
    });
  }

  test('on a phone the completion grid shows its latest period; every scroll box is a named region Tab reaches', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await session.open('?view=plan&province=P43&lang=vi');
    await waitForView(page);
    await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
    const scroller = page.locator(GRID_SCROLL);
    // The latest period's column (the last) is inside the scroller's visible box, and the grid says it scrolls.
    const latestVisible = (): Promise<boolean> =>
      scroller.evaluate((box) => {
        const outer = box.getBoundingClientRect();
        const cells = [...box.querySelectorAll('thead th')];
        const last = cells.at(-1)?.getBoundingClientRect();
        return last !== undefined && last.left >= outer.left - 1 && last.right <= outer.right + 1;
      });
    await expect.poll(latestVisible, POLL).toBe(true);
    expect(await scroller.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await page.locator('[data-testid="scroll-region-hint"]').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'plan-grid-vi-390');

    // Every table's scroll box on the Plan view, and anything else that scrolls sideways now, is focusable,
    // a named group (what axe's scrollable-region-focusable asks, for every box and not only these; a group, not
    // a region, as its figure is the region of the same name: axe's landmark-unique).
    const boxes = await page.locator(VIEW).evaluate((view) =>
      [...view.querySelectorAll<HTMLElement>('*')]
        .filter(
          (el) =>
            el.matches('.table-scroll') ||
            (['auto', 'scroll'].includes(getComputedStyle(el).overflowX) &&
              el.scrollWidth > el.clientWidth + 1),
        )
        .map((el) => ({
          id: el.getAttribute('data-testid') ?? el.className,
          tabIndex: el.tabIndex,
          role: el.getAttribute('role'),
          name: el.getAttribute('aria-label') ?? '',
        })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const box of boxes) {
      expect(box, box.id).toMatchObject({ tabIndex: 0, role: 'group' });
      expect(box.name.length, box.id).toBeGreaterThan(0);
    }

    // Tab reaches the grid's scroller, which is announced by its name; ← then shows the earlier periods.
    await page.locator('[data-testid="plan-period"]').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((sel) => document.activeElement?.matches(sel) === true, GRID_SCROLL);
    }
    expect(reached, 'Tab reaches the completion grid').toBe(true);
    await scroller.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('plan-grid-focus-vi-390.png') });
    expect(nfc(await scroller.getAttribute('aria-label'))).toBe(
      'Tỷ lệ hoàn thành theo chỉ số nội dung và kỳ báo cáo',
    );
    const before = await scroller.evaluate((box) => box.scrollLeft);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => scroller.evaluate((box) => box.scrollLeft), POLL).toBeLessThan(before);
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

  test('completion by dimension and the deadline states by agency are charts with the export menu, at 1366 and 390 px', async () => {
    const { page } = session;
    const charts = ['chart-plan-completion', 'chart-plan-agency-states'];
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      await session.open('?view=plan&province=P43&lang=vi');
      await waitForView(page);
      for (const chart of charts) {
        const canvas = await waitForChartCanvas(page, `[data-testid="${chart}"]`);
        // Drawn: many coloured pixels, not an empty canvas.
        await expect
          .poll(async () => (await bestCanvas(page, `[data-testid="${chart}"]`)).colours, POLL)
          .toBeGreaterThan(3);
        const box = await canvas.boundingBox();
        expect(box?.width ?? 0, `${chart} at ${String(width)} px`).toBeGreaterThan(300);
        expect(box?.width ?? 0, `${chart} at ${String(width)} px`).toBeLessThanOrEqual(width);
        const label = nfc(await page.locator(`[data-testid="${chart}"]`).getAttribute('aria-label'));
        expect(label.length, chart).toBeGreaterThan(20);
        // The figure says its progress is the sample.
        const figure = page.locator(`[data-testid="${chart}"]`).locator('xpath=ancestor::section[1]');
        expect(await figure.locator('[data-testid^="sample-badge"]').count(), chart).toBeGreaterThan(0);
      }
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `plan-charts-vi-${String(width)}`);
    }
    // The agency chart's table alternative lists the most overdue agency first, with its overdue pairs.
    await page.locator('[data-testid="chart-plan-agency-states-table-toggle"]').click();
    const firstRow = page.locator('[data-testid="chart-plan-agency-states-table"] tbody tr').first();
    await firstRow.waitFor({ state: 'visible', timeout: 10_000 });
    expect(Number(nfc(await firstRow.locator('td').nth(3).textContent()))).toBeGreaterThan(0);
    await page.locator('[data-testid="chart-plan-agency-states-table-toggle"]').click();

    // The completion chart's menu: the slide PNG downloads at exactly 1920×1080 under a name of its own.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-testid="chart-plan-completion-menu-button"]').click();
    expect(await page.locator('[data-testid="chart-plan-completion-extra-show-query"]').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('[data-testid="chart-plan-completion-export-slidePng"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^papi_dak-nong_plan-completion_474-kh-ubnd_2024-2025_\d{4}-\d{2}-\d{2}\.png$/,
    );
    expect(pngSize(await readFile(await download.path()))).toEqual({ width: 1920, height: 1080 });
  });
  // Districts were abolished on 1 July 2025 (data/unit-lifetimes.csv): from 2025-Q3 the communes' one unit
  // reports instead, and no district is counted, or listed as missing, for a period after its end.
  test("2025-Q4 counts the communes' unit, not the abolished districts; 2025-Q2 still counts the districts (1366 and 390 px)", async () => {
    const { page } = session;
    const COMMUNES = 'UBND các xã, phường (địa bàn tỉnh Đắk Nông cũ)';
    const DISTRICT = /Huyện |Thành phố Gia Nghĩa/u;
    const unitRows = (): Promise<string[]> =>
      page
        .locator('[data-testid="plan-by-unit"] tbody th')
        .evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').normalize('NFC').trim()));
    const missingText = async (): Promise<string> => {
      const list = page.locator('[data-testid="plan-missing"]');
      return (await list.count()) === 0 ? '' : nfc(await list.first().textContent());
    };
    for (const [width, lang] of [
      [1366, 'vi'],
      [390, 'en'],
    ] as const) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      await session.open(`?view=plan&province=P43&lang=${lang}&period=2025-Q4`);
      await waitForView(page);
      await expect.poll(() => rowIds(page), POLL).toHaveLength(33);
      await expect.poll(unitRows, POLL).toContain(COMMUNES);
      const units = await unitRows();
      expect(
        units.filter((unit) => DISTRICT.test(unit)),
        `${String(width)} px: districts in Q4`,
      ).toEqual([]);
      expect(await missingText(), `${String(width)} px: districts missing in Q4`).not.toMatch(DISTRICT);
      await saveScreenshot(page, `plan-units-2025-q4-${lang}-${String(width)}`);
    }
    // The quarter before the districts ended: they report, and the communes' unit (from 1 July 2025) is not there.
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=plan&province=P43&lang=vi&period=2025-Q2');
    await waitForView(page);
    await expect.poll(unitRows, POLL).toContain('Huyện Cư Jút');
    expect(await unitRows()).not.toContain(COMMUNES);
  });
});

// The scores-vs-tasks view in the built app (headless Chromium): eight score-and-completion panels and the
// co-movement scatter for Đắk Nông, a table by keyboard, the period choice in the scatter and the URL, and
// Thừa Thiên Huế's one no-plan note. After every test: no foreign request, no console or page error.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  APP_READY_TIMEOUT_MS,
  bestCanvas,
  expectAttribute,
  expectCount,
  saveScreenshot,
  waitForChartCanvas,
} from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { tabTo } from './helpers/keyboard.ts';
import { sql } from '../../src/db/sql.ts';
import { loadBundledConnector } from '../helpers/data-files.ts';

const session = setupE2ESession({ sharedPage: true });

const VIEW = '[data-testid="scores-vs-tasks"]';
const PANEL = '[data-testid="svt-panel"]';
const SCATTER = '[data-testid="chart-completion-scatter"]';
const PERIOD = '[data-testid="svt-period"]';
const MAX_TABS = 200;

/** Waits until the view has rendered its content (DuckDB loaded, queries answered). */
async function waitForView(page: Page): Promise<void> {
  await page.locator(VIEW).first().waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
}

const nfcText = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

describe('Scores vs tasks (built app, headless Chromium)', () => {
  test('Đắk Nông: 8 panels and the scatter, drawn, with the caution and the sample source', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=scores-vs-tasks&province=P43&lang=vi');
    await waitForView(page);
    await expectCount(page, PANEL, 8);
    for (let code = 1; code <= 8; code += 1) {
      await waitForChartCanvas(page, `[data-testid="chart-score-completion-${code}"]`);
    }
    await waitForChartCanvas(page, SCATTER, 30_000);
    await expect
      .poll(async () => (await bestCanvas(page, SCATTER)).inkPixels, { timeout: 20_000 })
      .toBeGreaterThan(500);
    expect(await nfcText(page, '[data-testid="svt-caution"]')).toContain('không chứng minh');
    expect(await nfcText(page, '[data-testid="svt-sample-note"]')).toContain('dữ liệu minh họa');
    const sources = await page.locator('.figure-source').allTextContents();
    expect(sources.map((s) => s.normalize('NFC'))).toEqual([
      expect.stringContaining('Tiến độ: dữ liệu minh họa'),
      expect.stringContaining('Tiến độ: dữ liệu minh họa'),
    ]);
    expect(
      (await page.locator('[data-testid="chart-score-completion-1"]').getAttribute('aria-label'))?.normalize(
        'NFC',
      ),
    ).toMatch(
      /^Tham gia của người dân ở cấp cơ sở: điểm và tỷ lệ hoàn thành nhiệm vụ; điểm 2024: 4,60; hoàn thành Quý IV\/2025: \d+%$/,
    );
    await saveScreenshot(page, 'scores-vs-tasks-1366-vi');
  });

  test("a panel's table is reached and opened by keyboard: years and quarters at their axis dates", async () => {
    const { page } = session;
    // Every year, as the link asks (the default is the plan's years).
    await session.open('?view=scores-vs-tasks&province=P43&lang=vi&range=all');
    await waitForView(page);
    const toggle = '[data-testid="chart-score-completion-1-table-toggle"]';
    await page.locator(toggle).waitFor({ state: 'visible', timeout: 30_000 });
    await tabTo(page, toggle, MAX_TABS);
    await page.keyboard.press('Enter');
    await expectAttribute(page, toggle, 'aria-pressed', 'true');
    const rows = await page
      .locator('[data-testid="chart-score-completion-1-table"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
      );
    expect(rows).toHaveLength(14 + 6);
    expect(rows.find((row) => row[0] === 'Quý III/2024')?.[1]).toBe('2024-09-30');
    expect(rows.find((row) => row[0] === '2024')?.slice(1, 3)).toEqual(['2024-07-01', '4,60']);
  });

  test('screenshots: 1366 English, 390 Vietnamese and English; the Tab order walks the view', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=scores-vs-tasks&province=P43&lang=en');
    await waitForView(page);
    await waitForChartCanvas(page, SCATTER, 30_000);
    expect(await nfcText(page, '[data-testid="svt-caution"]')).toContain('does not prove');
    await saveScreenshot(page, 'scores-vs-tasks-1366-en');
    // The plan and its baseline year are the default span.
    expect(await page.getByLabel('The plan and its baseline (2023–2025)').isChecked()).toBe(true);
    await page
      .locator('[aria-labelledby="svt-multiples-heading"]')
      .screenshot({ path: 'tests/.artifacts/scores-vs-tasks-1366-en-plan-span.png' });
    await page.getByLabel('All years (2011–2025)').check();
    const focused: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (el === null) return '';
          const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
          return `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `#${el.getAttribute('data-testid')}` : ''} ${name.trim().slice(0, 40)}`;
        }),
      );
    }
    console.log(focused.join('\n'));
    expect(focused.some((f) => f.includes('svt-period'))).toBe(true);
    for (const lang of ['vi', 'en']) {
      await page.setViewportSize({ width: 390, height: 844 });
      await session.open(`?view=scores-vs-tasks&province=P43&lang=${lang}`);
      await waitForView(page);
      await waitForChartCanvas(page, SCATTER, 30_000);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no horizontal scroll on a phone').toBeLessThanOrEqual(0);
      await saveScreenshot(page, `scores-vs-tasks-390-${lang}`);
      // Close-ups a reviewer can read at phone width: the first panel and the scatter's figure.
      await page
        .locator(PANEL)
        .first()
        .screenshot({ path: `tests/.artifacts/scores-vs-tasks-390-${lang}-panel.png` });
      await page
        .locator('[aria-labelledby="svt-scatter-heading"]')
        .screenshot({ path: `tests/.artifacts/scores-vs-tasks-390-${lang}-scatter.png` });
    }
  });

  test('the scatter reads completion at the end of the survey year by default; a later period is chosen, in the URL, marked after the survey; Back returns', async () => {
    const { page } = session;
    await session.open('?view=scores-vs-tasks&province=P43&lang=vi');
    await waitForView(page);
    await waitForChartCanvas(page, SCATTER, 30_000);
    // Plan 474 aims at 2024: the 2024 score can only reflect work reported up to 31/12/2024.
    expect(await page.locator(PERIOD).inputValue()).toBe('2024-Q4');
    const subtitle = '[aria-labelledby="svt-scatter-heading"] .figure-subtitle';
    expect(await nfcText(page, subtitle)).toContain('hoàn thành đến Quý IV/2024 (kế hoạch năm 2024)');
    expect(await nfcText(page, '[data-testid="svt-cutoff"]')).toContain('31/12/2024');
    const optionTexts = (await page.locator(`${PERIOD} option`).allTextContents()).map((t) =>
      t.normalize('NFC'),
    );
    expect(optionTexts).toContain('Quý IV/2024');
    expect(optionTexts).toContain('Quý I/2025 (sau khảo sát)');
    const labelBefore = (await page.locator(SCATTER).getAttribute('aria-label')) ?? '';

    await page.locator(PERIOD).selectOption('2025-Q4');
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2025-Q4');
    await expect
      .poll(() => nfcText(page, subtitle))
      .toContain('hoàn thành đến Quý IV/2025, sau khảo sát PAPI 2024');
    const table = '[data-testid="chart-completion-scatter-table"]';
    await page.locator('[data-testid="chart-completion-scatter-table-toggle"]').click();
    const completionCells = await page.locator(`${table} tbody tr td:nth-child(2)`).allTextContents();
    expect(completionCells).toHaveLength(8);
    expect(labelBefore).not.toBe('');

    // The link reproduces the choice.
    await page.reload();
    await waitForView(page);
    expect(await page.locator(PERIOD).inputValue()).toBe('2025-Q4');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBeNull();
    await expect.poll(() => page.locator(PERIOD).inputValue()).toBe('2024-Q4');
  });

  test('an unknown period in the link says so and shows the default', async () => {
    const { page } = session;
    await session.open('?view=scores-vs-tasks&province=P43&lang=vi&period=2019-Q1');
    await waitForView(page);
    await page.locator(PERIOD).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator(PERIOD).inputValue()).toBe('2024-Q4');
    expect((await page.locator('[role="status"]').allTextContents()).join(' ')).toContain('2019-Q1');
  });

  test('Thừa Thiên Huế has no plan: one note, score-only panels, no scatter, no sample badge', async () => {
    const { page } = session;
    await session.open('?view=scores-vs-tasks&province=P31&lang=vi');
    await waitForView(page);
    await expectCount(page, PANEL, 8);
    await expectCount(page, '[data-testid="svt-no-plan"]', 1);
    expect(await nfcText(page, '[data-testid="svt-no-plan"]')).toContain('Thừa Thiên Huế chưa có kế hoạch');
    await expectCount(page, SCATTER, 0);
    await expectCount(page, PERIOD, 0);
    await expectCount(page, '[data-testid="sample-badge"]', 0);
    const text = (await page.locator(VIEW).innerText()).normalize('NFC');
    expect(text).not.toContain('—');
    expect(text).not.toContain('Tiến độ:');
    await saveScreenshot(page, 'scores-vs-tasks-P31');
  });

  test("by default every panel spans the plan's years, from its first year; every year is one choice away and a link's range=all wins", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    // The plan's baseline (the survey year before its target) or first report year, and the axis' last, from the
    // bundled data (Node DuckDB, the app's own SQL macros).
    const conn = await loadBundledConnector();
    const [span] = await conn.query<{ first: number; last: number; from: number }>(sql`
      SELECT least(min(p.target_year) - 1, min(year(papi_period_end(t.period)))) AS "first",
             max(year(papi_period_end(t.period))) AS "last",
             (SELECT min(year) FROM scores WHERE province_code = 'P43') AS "from"
      FROM plans p JOIN plan_tasks k ON k.plan = p.plan JOIN task_progress t ON t.task_id = k.task_id
      WHERE p.province_code = 'P43'`);
    if (span === undefined) throw new Error('no plan for Đắk Nông in the bundled data');
    const planLabel = `Kế hoạch và năm gốc (${span.first}–${span.last})`;
    const allLabel = `Toàn bộ (${span.from}–${span.last})`;
    const toggle = '[data-testid="chart-score-completion-1-table-toggle"]';
    const firstRow = '[data-testid="chart-score-completion-1-table"] tbody tr:first-child th';

    await session.open('?view=scores-vs-tasks&province=P43&lang=vi');
    await waitForView(page);
    expect(new URL(page.url()).searchParams.get('range')).toBeNull();
    expect(await page.getByLabel(planLabel).isChecked()).toBe(true);
    await page.locator(toggle).click();
    expect(await nfcText(page, firstRow)).toBe(String(span.first));
    // Every year, one choice away, kept in the URL: a reload finds it, Back returns to the plan's years.
    await page.getByLabel(allLabel).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('all');
    await expect.poll(() => nfcText(page, firstRow)).toBe(String(span.from));
    await page.reload();
    await waitForView(page);
    await page.locator(toggle).click();
    expect(await nfcText(page, firstRow)).toBe(String(span.from));
    expect(await page.getByLabel(allLabel).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBeNull();
    await expect.poll(() => page.getByLabel(planLabel).isChecked()).toBe(true);
    await expect.poll(() => nfcText(page, firstRow)).toBe(String(span.first));
  });
});

// The Dimensions view in the built app (headless Chromium): a link opens the same view, the indicator changes
// with the keyboard, peers change, the URL keeps it all, a reload finds it, Back returns to the previous indicator.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  APP_READY_TIMEOUT_MS,
  bestCanvas,
  saveScreenshot,
  switchLanguage,
  waitForChartCanvas,
} from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { timeIndicatorSwitches } from './helpers/indicator-switch.ts';
import { switchPercentiles } from './helpers/select-switch.ts';
import { reportTiming } from './helpers/timings.ts';

const session = setupE2ESession({ sharedPage: true });

const SEL = {
  select: '[data-testid="indicator-select"]',
  trend: '[data-testid="chart-indicator-trend"]',
  heatmap: '[data-testid="chart-dimension-heatmap"]',
  multiples: '[data-testid="chart-subdimension-multiples"]',
  rankTable: '[data-testid="rank-table"]',
  peerSummary: '[data-testid="peer-summary"]',
} as const;

/** `text` matched literally in a regular expression. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

async function waitForDimensions(page: Page): Promise<void> {
  await page.locator(SEL.select).waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
  await waitForChartCanvas(page, SEL.trend, 30_000);
  await expect
    .poll(async () => (await bestCanvas(page, SEL.trend)).inkPixels, { timeout: 30_000, interval: 250 })
    .toBeGreaterThan(500);
}

const selectedIndicator = (page: Page): Promise<string> => page.locator(SEL.select).inputValue();

/** The trend's tooltip text (NFC) with the pointer over the grid near its right edge (one of the last years). */
async function hoveredTrendTooltip(page: Page): Promise<string> {
  const box = await page.locator(`${SEL.trend} canvas`).first().boundingBox();
  if (box === null) throw new Error('the trend has no canvas on screen');
  await page.mouse.move(0, 0);
  // The grid leaves room on the right for the peers' labels: 85 % of the width is over one of the last years.
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.5);
  const tooltip = page.locator(`${SEL.trend} div[style*="z-index: 9999999"]`).first();
  await expect.poll(() => tooltip.isVisible(), { timeout: 5_000 }).toBe(true);
  return (await tooltip.innerText()).normalize('NFC');
}

/** The province's own score in a tooltip text ("Đắk Nông: 40,54 (hạng …)"). */
const ownScore = (tooltip: string): number =>
  Number(/Đắk Nông: (\d+(?:,\d+)?)/.exec(tooltip)?.[1]?.replace(',', '.') ?? Number.NaN);
const headingOfTrend = (page: Page): Promise<string> =>
  page.locator('#chart-indicator-trend-heading').innerText();

describe('Dimensions view (built app, headless Chromium)', () => {
  test('a link opens transparency for Đắk Nông against the Central Highlands, with every part drawn', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=dimensions&province=P43&indicator=2');
    await waitForDimensions(page);
    expect(await selectedIndicator(page)).toBe('2');
    expect((await headingOfTrend(page)).normalize('NFC')).toContain('Công khai, minh bạch');
    const subtitle = (
      await page
        .locator('section[aria-labelledby="chart-indicator-trend-heading"] .figure-subtitle')
        .first()
        .innerText()
    ).normalize('NFC');
    expect(subtitle).toContain('Đường bị ngắt năm 2018');
    expect(subtitle).toContain('Kon Tum');
    expect((await page.locator(SEL.peerSummary).innerText()).normalize('NFC')).toContain('(4)');
    for (const chart of [SEL.heatmap, SEL.multiples]) {
      await waitForChartCanvas(page, chart, 30_000);
    }
    // 14 years 2011–2024, newest first.
    await expect.poll(() => page.locator(`${SEL.rankTable} tbody tr`).count()).toBe(14);
    expect(await page.locator(`${SEL.rankTable} tbody tr th`).first().innerText()).toBe('2024');
    // The plan's 4 tasks under transparency, marked as sample progress.
    await expect.poll(() => page.locator('[data-testid="indicator-tasks"] li').count()).toBe(4);
    await expect.poll(() => page.locator('[data-testid="dimensions-sample-badge"]').count()).toBe(1);
    // Each task's units in the Plan view's state words, as of the latest reported period.
    await expect.poll(() => page.locator('[data-testid="indicator-task-states"]').count()).toBe(4);
    const stateWords = (await page.locator('[data-testid="indicator-tasks"]').innerText()).normalize('NFC');
    // Every task shows one of the Plan view's six state words with its count of units.
    const stateLines = stateWords.match(
      /(Hoàn thành đúng hạn|Hoàn thành quá hạn|Đang thực hiện trong hạn|Quá hạn chưa hoàn thành|Thường xuyên: [^:\n]+|Chưa báo cáo): \d+/g,
    );
    expect(stateLines?.length ?? 0).toBeGreaterThanOrEqual(4);
    await saveScreenshot(page, 'dimensions-1366-vi');
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'dimensions-390-vi');
    await switchLanguage(page, 'en');
    await expect.poll(() => headingOfTrend(page)).toContain('Transparency');
    await saveScreenshot(page, 'dimensions-390-en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, 'dimensions-1366-en');
  });

  test('keyboard, peers, URL, reload and Back', async () => {
    const { page } = session;
    await session.open('?view=dimensions&province=P43&indicator=2');
    await waitForDimensions(page);

    // The next option after "2." in the grouped list is its first sub-dimension.
    await page.locator(SEL.select).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => param(page, 'indicator')).toBe('2.1');
    await expect.poll(() => headingOfTrend(page)).toContain('2.1.');

    // Add Hà Nội (P01) to the region's peers with the keyboard.
    await page.locator(SEL.peerSummary).focus();
    await page.keyboard.press('Enter');
    const haNoi = page.locator('[data-testid="peer-picker"] input[value="P01"]');
    await haNoi.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'peers')).toMatch(/P01/);
    expect((param(page, 'peers') ?? '').split(',').sort()).toEqual(['P01', 'P40', 'P41', 'P42', 'P44']);
    await expect
      .poll(async () => (await page.locator(SEL.peerSummary).innerText()).normalize('NFC'))
      .toContain('Hà Nội');

    // The band switch is in the URL too.
    await page.locator('[data-testid="choice-band"] input[value="iqr"]').check();
    await expect.poll(() => param(page, 'band')).toBe('iqr');

    await page.reload();
    await waitForDimensions(page);
    expect(await selectedIndicator(page)).toBe('2.1');
    expect((await page.locator(SEL.peerSummary).innerText()).normalize('NFC')).toContain('Hà Nội');
    expect(await page.locator('[data-testid="choice-band"] input[value="iqr"]').isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => selectedIndicator(page)).toBe('2');
    expect(param(page, 'indicator')).toBe('2');
    await expect.poll(() => headingOfTrend(page)).not.toContain('2.1.');
  });

  test("the trend's tooltip, kept across switches, tells each indicator's own figures for the hovered year", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=dimensions&province=P43&indicator=total');
    await waitForDimensions(page);
    // The total (8-80), then dimension 2 (1-10), then the total again: the redraw replaces the series in place
    // and keeps the tooltip's element, whose text must follow the indicator drawn.
    const total = await hoveredTrendTooltip(page);
    const year = total.split('\n')[0] ?? '';
    expect(Number(year)).toBeGreaterThanOrEqual(2018);
    expect(ownScore(total)).toBeGreaterThan(10);
    await page.locator(SEL.select).selectOption('2');
    await expect.poll(() => headingOfTrend(page)).toContain('Công khai');
    const transparency = await hoveredTrendTooltip(page);
    expect(transparency.split('\n')[0]).toBe(year);
    expect(ownScore(transparency)).toBeLessThanOrEqual(10);
    await page.locator(SEL.select).selectOption('total');
    await expect.poll(() => headingOfTrend(page)).not.toContain('Công khai');
    expect(await hoveredTrendTooltip(page)).toBe(total);
  });

  test('an unknown indicator shows the total, without an error', async () => {
    const { page } = session;
    await session.open('?view=dimensions&province=P43&indicator=9.9&peers=XX&band=zz&colour=score');
    await waitForDimensions(page);
    expect(await selectedIndicator(page)).toBe('total');
    expect(await page.locator('[data-testid="choice-colour"] input[value="score"]').isChecked()).toBe(true);
  });

  test('redraws the trend for each of 50 indicator switches, and reports the time (target: p95 ≤ 50 ms, judged by the bench)', async () => {
    const { page } = session;
    await session.open('?view=dimensions&province=P43&indicator=total');
    await waitForDimensions(page);
    // Every indicator is fetched in the background once the first is drawn; switches then draw from memory.
    const times = await timeIndicatorSwitches(page, 50);
    const { p50, p95, max } = switchPercentiles(times);
    // Issue 7 item 4 asks for p95 ≤ 50 ms: reported, never gated on a noisy 2-core box. Every switch drew.
    reportTiming(
      `indicator switch p95 of ${times.length}`,
      p95,
      `median ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`,
    );
    expect(times).toHaveLength(50);
    // The panels under the trend follow it a frame later: they end on the last indicator chosen.
    const last = await page.locator(SEL.select).evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.selectedOptions[0]?.textContent ?? '';
    });
    expect(last).not.toBe('');
    await expect
      .poll(() => page.locator('#dimensions-rank-heading').innerText())
      .toMatch(new RegExp(`${escapeRegExp(last)}$`));
    await expect.poll(() => page.locator('#dimensions-tasks-heading').innerText()).toContain(`“${last}”`);
  });
});

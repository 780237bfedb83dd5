// The charts without a mouse: each has an accessible name that says what it shows, and a keyboard-reachable
// "Xem dạng bảng / Show as table" toggle that swaps the canvas for the chart's own data as a table and back.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectAttribute,
  expectCount,
  saveScreenshot,
  SEL,
  waitForApp,
  waitForChartCanvas,
} from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { tabTo } from './helpers/keyboard.ts';

const session = setupE2ESession({ sharedPage: true });

const TREND_TOGGLE = '[data-testid="chart-total-trend-table-toggle"]';
const TREND_TABLE = '[data-testid="chart-total-trend-table"]';
const GAP_TOGGLE = '[data-testid="chart-dimension-gap-table-toggle"]';
const GAP_TABLE = '[data-testid="chart-dimension-gap-table"]';
const MAX_TABS = 120;

/** Row header and cells of a table, text normalised. */
async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').normalize('NFC').trim()),
      ),
    );
}

describe('charts as tables (keyboard)', () => {
  test('the trend chart is named by what it shows; Enter shows its years as a table, Space brings the chart back', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024&lang=vi');
    await waitForApp(page);
    await waitForChartCanvas(page, SEL.chartTrend, 30_000);

    const chart = page.locator(SEL.chartTrend);
    expect(await chart.getAttribute('role')).toBe('img');
    expect((await chart.getAttribute('aria-label'))?.normalize('NFC')).toBe(
      'Đắk Nông: điểm PAPI tổng hợp 2011–2024; năm 2024: 40,54, hạng 58/61',
    );

    await tabTo(page, TREND_TOGGLE, MAX_TABS);
    await expectAttribute(page, TREND_TOGGLE, 'aria-pressed', 'false');
    await page.keyboard.press('Enter');
    await expectAttribute(page, TREND_TOGGLE, 'aria-pressed', 'true');
    await expectCount(page, `${TREND_TABLE} tbody tr`, 14);
    await expectCount(page, SEL.chartTrend, 0);

    const rows = await tableRows(page, TREND_TABLE);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 14 }, (_, i) => String(2011 + i)));
    const row2023 = rows.find((row) => row[0] === '2023');
    expect(row2023?.slice(1, 4)).toEqual(['8', '38,97', '61/61']);
    expect(rows.find((row) => row[0] === '2017')?.[1], 'dimensions in 2017').toBe('6');
    // Headers are real header cells: the year heads its row, each column header its column.
    expect(await page.locator(`${TREND_TABLE} tbody th[scope="row"]`).count()).toBe(14);
    expect(await page.locator(`${TREND_TABLE} thead th[scope="col"]`).count()).toBe(8);
    expect((await page.locator(`${TREND_TABLE} caption`).textContent())?.normalize('NFC')).toContain(
      'Đắk Nông: điểm PAPI tổng hợp 2011–2024',
    );

    // Focus stays on the toggle, so the same key turns the chart back on.
    await page.keyboard.press('Space');
    await expectAttribute(page, TREND_TOGGLE, 'aria-pressed', 'false');
    await expectCount(page, TREND_TABLE, 0);
    await waitForChartCanvas(page, SEL.chartTrend, 15_000);
  });

  test('the gap chart’s table lists the 8 dimensions with Đắk Nông 2024’s gaps, in the chart’s order', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024&lang=vi');
    await waitForApp(page);
    await waitForChartCanvas(page, SEL.chartGap, 30_000);
    expect((await page.locator(SEL.chartGap).getAttribute('aria-label'))?.normalize('NFC')).toMatch(
      /^Đắk Nông 2024: khoảng cách tới trung vị toàn quốc theo chỉ số; 8\/8 chỉ số dưới trung vị; xa nhất: 4\. /,
    );

    await tabTo(page, GAP_TOGGLE, MAX_TABS);
    await page.keyboard.press('Space');
    await expectCount(page, `${GAP_TABLE} tbody tr`, 8);
    const rows = await tableRows(page, GAP_TABLE);
    // Published PAPI 2024 dimension scores of Đắk Nông minus the national median, two decimals.
    const gapByDimension = Object.fromEntries(rows.map((row) => [row[0]?.split('.')[0], row[3]]));
    expect(gapByDimension).toEqual({
      '1': '\u22120,34',
      '2': '\u22120,62',
      '3': '\u22120,07',
      '4': '\u22120,69',
      '5': '\u22120,16',
      '6': '\u22120,48',
      '7': '\u22120,37',
      '8': '\u22120,14',
    });
    expect(rows[0]?.[4], 'rank of the top row').toBe('59/61');
    await saveScreenshot(page, 'chart-table-gap-vi.png');

    await page.keyboard.press('Enter');
    await expectCount(page, GAP_TABLE, 0);
    await waitForChartCanvas(page, SEL.chartGap, 15_000);
  });

  test('speaks English: the toggle, the accessible name and the numbers', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024&lang=en');
    await waitForApp(page);
    const toggle = page.locator(TREND_TOGGLE);
    expect((await toggle.textContent())?.trim()).toBe('Show as table');
    expect(await page.locator(SEL.chartTrend).getAttribute('aria-label')).toMatch(
      /; 2024: 40\.54, rank 58\/61$/,
    );
    await toggle.click();
    const rows = await tableRows(page, TREND_TABLE);
    expect(rows.find((row) => row[0] === '2023')?.[2]).toBe('38.97');
  });
});

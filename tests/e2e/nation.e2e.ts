// The Nationwide view in the built app (headless Chromium), keyboard only, at 1366 and 390 px, in both languages:
// the league table sorts from its headers (aria-sort follows, the order changes), a province chosen in the
// table becomes the app's province, a link compares three provinces (a new unit as its predecessors), and a
// link the data cannot show falls back with notices; a deep link shows the table and the maps from the
// build-time seed before the engine is live. The switch times are measured in nation-map.e2e.ts.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  APP_READY_TIMEOUT_MS,
  bestCanvas,
  DATA_READY_MARK,
  saveScreenshot,
  switchLanguage,
  waitForChartCanvas,
  waitForDataReady,
} from './helpers/app.ts';
import { waitForSettled } from './helpers/in-page-navigation.ts';
import { setupE2ESession } from './helpers/session.ts';
import { expectNoSidewaysScroll, tabTo } from './helpers/keyboard.ts';

const session = setupE2ESession({ sharedPage: true });

const SEL = {
  table: '[data-testid="league-table"]',
  row: '[data-testid="league-row"]',
  compare: '[data-testid="compare-section"]',
  chosen: '[data-testid="compare-chosen"] li',
  differences: '[data-testid="compare-differences"]',
  profile: '[data-testid="chart-compare-profile"]',
} as const;

const nfc = (text: string): string => text.normalize('NFC');
const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

async function waitForLeague(page: Page, rows: number): Promise<void> {
  await page.locator(SEL.table).waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
  await expect.poll(() => page.locator(`${SEL.table} ${SEL.row}`).count(), { timeout: 30_000 }).toBe(rows);
}

/** Puts the focus back at the top of the page, so Tab starts from the skip link. */
async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
}

const sortOf = (page: Page, column: string): Promise<string | null> =>
  page.locator(`[data-testid="sort-${column}"]`).getAttribute('aria-sort');
const rowCodes = (page: Page): Promise<string[]> =>
  page
    .locator(`${SEL.table} ${SEL.row}`)
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
/** The scores of the column at `index` (0: rank), top to bottom, as numbers (NaN for empty). */
const columnNumbers = (page: Page, index: number): Promise<number[]> =>
  page
    .locator(`${SEL.table} ${SEL.row}`)
    .evaluateAll(
      (rows, i) => rows.map((r) => (r.querySelectorAll('td')[i]?.firstChild?.textContent ?? '').trim()),
      index,
    )
    .then((texts) => texts.map((text) => Number(text.replace(/\./g, '').replace(',', '.'))));
describe('Nationwide view (built app, headless Chromium)', () => {
  test('sorts the 2024 league table by keyboard and makes a province the whole app’s choice', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await session.open('?view=nation&province=P43&year=2024&lang=vi');
    await waitForLeague(page, 63);
    // Rank order: Quảng Ninh first, Đắk Nông highlighted as the selected province, the two unscored units last.
    const codes = await rowCodes(page);
    expect(codes[0]).toBe('P14');
    expect(nfc(await page.locator(`${SEL.row}[data-code="P14"] th`).innerText())).toContain('Quảng Ninh');
    expect(await page.locator(`${SEL.row}.is-selected`).getAttribute('data-code')).toBe('P43');
    expect(await page.locator(`${SEL.row}[data-code="P43"] td`).first().innerText()).toBe('58');
    expect(await page.locator('[data-testid="league-unscored"]').count()).toBe(2);
    expect(await sortOf(page, 'rank')).toBe('ascending');
    await saveScreenshot(page, 'nation-1366-vi');

    // Dimension 2's header, by Tab and Enter: highest first, then lowest first.
    await focusTop(page);
    await tabTo(page, '[data-testid="sort-i2"] button');
    await page.keyboard.press('Enter');
    await expect.poll(() => sortOf(page, 'i2')).toBe('descending');
    expect(await sortOf(page, 'rank')).toBe('none');
    // The URL is written after the frame that shows the choice (src/state/url-writes.ts).
    await expect.poll(() => param(page, 'sort')).toBe('i2:desc');
    // Columns: rank (td 0), then total (td 1), dimensions 1 (td 2) and 2 (td 3).
    const descending = (await columnNumbers(page, 3)).slice(0, 61);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect((await rowCodes(page))[0]).not.toBe('P14');
    await page.keyboard.press('Enter');
    await expect.poll(() => sortOf(page, 'i2')).toBe('ascending');
    const ascending = (await columnNumbers(page, 3)).slice(0, 61);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // Choose Quảng Ninh from its row with the keyboard: the header's province follows.
    await focusTop(page);
    await tabTo(page, `${SEL.row}[data-code="P14"] th button`);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => nfc(await page.locator('.view-context').innerText()))
      .toBe('Quảng Ninh · 2024');
    await expect.poll(() => param(page, 'province')).toBe('P14');
    await expect.poll(() => page.locator(`${SEL.row}.is-selected`).getAttribute('data-code')).toBe('P14');

    await switchLanguage(page, 'en');
    await expect.poll(async () => page.locator('[data-testid="sort-rank"]').innerText()).toContain('Rank');
    expect(nfc(await page.locator('#league-heading').innerText())).toContain('PAPI 2024 league table');
    await saveScreenshot(page, 'nation-1366-en');
    await page.setViewportSize({ width: 390, height: 844 });
    // The charts redraw at the new width a frame or two after the resize (their ResizeObserver): poll.
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'nation-390-en');
    await switchLanguage(page, 'vi');
    await expect.poll(async () => page.locator('[data-testid="sort-rank"]').innerText()).toContain('Hạng');
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'nation-390-vi');
  });

  test('downloads the league table as an .xlsx workbook: one row per province, scores as numbers', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await session.open('?view=nation&province=P43&year=2024&lang=vi');
    await waitForLeague(page, 63);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="league-export-xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^papi_toan-quoc_league-table_.*_2024_.*\.xlsx$/);
    const book = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (sheet === undefined) throw new Error('the workbook has no sheet');
    const lines = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(lines[0]?.slice(0, 2)).toEqual(['Hạng', 'Tỉnh, thành phố']);
    // Quảng Ninh first, as on screen; Đắk Nông 58th, its total a number (not text) of 40.54.
    expect(lines[1]?.slice(0, 2)).toEqual([1, 'Quảng Ninh']);
    const dakNong = lines.find((line) => line[1] === 'Đắk Nông');
    expect(dakNong?.[0]).toBe(58);
    expect(dakNong?.[2]).toBeCloseTo(40.54, 2);
  });

  test('a switch to an indicator not shown before keeps the table and the map on screen until the new ones come', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await session.open('?view=nation&province=P43&year=2024&lang=vi');
    await waitForLeague(page, 63);
    await waitForChartCanvas(page, '[data-testid="chart-tile-map"]');
    // Records whether the league table or the tile map's canvas ever left the page (a loading line in their place).
    await page.evaluate(() => {
      const watched = window as unknown as { __gone: string[] };
      watched.__gone = [];
      const table = document.querySelector('[data-testid="league-table"]');
      const canvas = document.querySelector('[data-testid="chart-tile-map"] canvas');
      new MutationObserver(() => {
        if (table !== null && !table.isConnected) watched.__gone.push('league table');
        if (canvas !== null && !canvas.isConnected) watched.__gone.push('tile map');
      }).observe(document.body, { childList: true, subtree: true });
    });
    // Dimension 6 of 2019: no test of this file asks for it, so its queries wait for the engine.
    await page.locator('[data-testid="year-select"]').selectOption('2019');
    await page.locator('[data-testid="indicator-select"]').selectOption('6');
    await expect
      .poll(async () => nfc(await page.locator('#league-heading').innerText()), { timeout: 30_000 })
      .toContain('PAPI 2019');
    await expect.poll(async () => nfc(await page.locator('#league-heading').innerText())).toContain('6.');
    await expect
      .poll(async () =>
        nfc((await page.locator('[data-testid="chart-tile-map"]').getAttribute('aria-label')) ?? ''),
      )
      .toContain('năm 2019');
    expect(await page.locator('[data-testid="sort-i6"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __gone: string[] }).__gone)).toEqual([]);
  });

  test('compares three provinces from a link; a new unit stands as its former provinces', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await session.open('?view=nation&province=P43&year=2024&lang=vi&compare=P43,P14,68');
    await page.locator(SEL.differences).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator(SEL.chosen).count()).toBe(3);
    const headers = nfc(await page.locator(`${SEL.differences} thead`).innerText());
    for (const name of ['Đắk Nông', 'Quảng Ninh', 'Lâm Đồng (cũ)', 'Bình Thuận (cũ)'])
      expect(headers).toContain(name);
    await waitForChartCanvas(page, SEL.profile, 30_000);
    await expect
      .poll(async () => (await bestCanvas(page, SEL.profile)).inkPixels, { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(500);
    await page.locator(SEL.compare).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'nation-compare-1366-vi');

    // Remove Quảng Ninh with the keyboard: two left, the link says so.
    await focusTop(page);
    await tabTo(page, `${SEL.chosen}:nth-child(2) button`, 300);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(SEL.chosen).count()).toBe(2);
    await expect.poll(() => param(page, 'compare')).toBe('P43,68');

    await page.setViewportSize({ width: 390, height: 844 });
    await switchLanguage(page, 'en');
    await expect
      .poll(async () => nfc(await page.locator('#compare-heading').innerText()))
      .toBe('Provinces side by side');
    expect(nfc(await page.locator(`${SEL.differences} thead`).innerText())).toContain('Lam Dong (former)');
    // The charts follow the new width on their next resize: poll, as the first test does.
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'nation-compare-390-en');
  });

  // Opened in the live page (as Back and Forward do), the app's own correction of the link (its canonical
  // form) and the view's correction of its parameters land in one commit. They used to undo each other for
  // ever: thousands of history replacements, a frozen page, the notices never readable.
  test('falls back, with notices, from an indicator the year lacks and an unknown region', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    const countReplacements = (): void => {
      const counted = window as unknown as { __replacements?: number };
      if (counted.__replacements !== undefined) return;
      counted.__replacements = 0;
      const replaceState = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        counted.__replacements = (counted.__replacements ?? 0) + 1;
        replaceState(...args);
      };
    };
    // In this page, and in the next one if the open has to load the app again (a test before it failed).
    await page.addInitScript(countReplacements);
    await page.evaluate(countReplacements);
    await session.open('?view=nation&province=P43&year=2016&lang=vi&indicator=7&region=Atlantis');
    await waitForLeague(page, 63);
    const notices = nfc(
      await page.locator('[data-testid="nation-view"] [data-testid="notices"]').innerText(),
    );
    expect(notices).toContain('Chỉ số “7” không có năm 2016');
    expect(notices).toContain('Không có vùng “Atlantis”');
    await expect.poll(() => param(page, 'indicator')).toBeNull();
    expect(param(page, 'region')).toBeNull();
    // The link was corrected once or twice, and then the page stays still.
    const replacements = () =>
      page.evaluate(() => (window as unknown as { __replacements: number }).__replacements);
    await waitForSettled(page);
    const settled = await replacements();
    expect(settled).toBeLessThan(10);
    // A loop of corrections replaces the link at every commit: two more frames without one show it stopped.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    expect(await replacements()).toBe(settled);
  });
});

describe('Nationwide view before the engine is live', () => {
  const TILE_MAP = '[data-testid="chart-tile-map"]';
  const STRIPS = '[data-testid="chart-distribution-strips"]';
  const TILE_TABLE = '[data-testid="chart-tile-map-table"]';
  /** Every league row's cells as the page shows them, top to bottom. */
  const leagueText = (page: Page): Promise<string[]> =>
    page.locator(`${SEL.table} ${SEL.row}`).evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
  const engineLive = (page: Page): Promise<boolean> =>
    page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length > 0, DATA_READY_MARK);

  test('a deep link shows the league table, the map and the strips from the build-time seed, as live DuckDB then does', async () => {
    const page = await session.freshPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    // Hold the DuckDB wasm, so "before the engine is live" is a fact, not a race.
    const wasm = session.browser.hold(/\.wasm(\?|$)/);
    let seeded: { rows: string[]; tiles: string };
    try {
      // The default province and its latest year: the link a leader is sent.
      await page.goto(session.url('?view=nation&lang=vi'), { waitUntil: 'domcontentloaded' });
      await waitForLeague(page, 63);
      // The published 2024 ranking: Quảng Ninh first, Đắk Nông (the selected province) 58th of 61.
      expect((await rowCodes(page))[0]).toBe('P14');
      expect(await page.locator(`${SEL.row}.is-selected`).getAttribute('data-code')).toBe('P43');
      expect(await page.locator(`${SEL.row}[data-code="P43"] td`).first().innerText()).toBe('58');
      for (const chart of [TILE_MAP, STRIPS]) {
        await waitForChartCanvas(page, chart, 30_000);
        await expect
          .poll(async () => (await bestCanvas(page, chart)).inkPixels, { timeout: 30_000, interval: 250 })
          .toBeGreaterThan(5_000);
      }
      await page.locator('[data-testid="chart-tile-map-table-toggle"]').click();
      seeded = { rows: await leagueText(page), tiles: nfc(await page.locator(TILE_TABLE).innerText()) };
      expect(seeded.tiles).toContain('Đắk Nông');
      expect(await engineLive(page), 'engine still held').toBe(false);
      await saveScreenshot(page, 'nation-seed-1366-vi');
    } finally {
      wasm.release();
    }
    await waitForDataReady(page);
    await waitForSettled(page);
    expect(await page.locator('[data-testid="seed-engine-progress"]').count()).toBe(0);
    expect(await leagueText(page)).toEqual(seeded.rows);
    expect(nfc(await page.locator(TILE_TABLE).innerText())).toBe(seeded.tiles);
  });
});

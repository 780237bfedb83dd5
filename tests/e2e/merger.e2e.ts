// The 2025 merger in the built app (headless Chromium): the new Lâm Đồng shows its three predecessors as
// separate labelled lines; Đắk Nông says what it became.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { predecessorsOf } from '../../src/domain/province-lineage.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { loadLanguage } from '../../src/i18n/dictionaries.ts';
import { fetchIndicatorChildren } from '../../src/queries/indicator-children.ts';
import { fetchIndicatorPanel } from '../../src/queries/indicator-panel.ts';
import { fetchProvinceScores } from '../../src/queries/province-scores.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { loadBundledConnector } from '../helpers/data-files.ts';
import {
  APP_READY_TIMEOUT_MS,
  bestCanvas,
  DATA_READY_MARK,
  saveScreenshot,
  waitForApp,
  waitForChartCanvas,
  waitForDataReady,
} from './helpers/app.ts';
import { expectNoSidewaysScroll, tabTo } from './helpers/keyboard.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const TREND = '[data-testid="chart-indicator-trend"]';
const TREND_TOGGLE = '[data-testid="chart-indicator-trend-table-toggle"]';
const TREND_TABLE = '[data-testid="chart-indicator-trend-table"]';
/** The predecessors' line colours (Okabe-Ito orange, bluish green, reddish purple), as drawn on the canvas. */
const PREDECESSOR_RGB = [
  [0xe6, 0x9f, 0x00],
  [0x00, 0x9e, 0x73],
  [0xcc, 0x79, 0xa7],
] as const;

/** Pixels of each colour on the chart's canvases (a line is hundreds of pixels; labels and symbols add more). */
async function colourPixels(page: Page, selector: string): Promise<number[]> {
  return page.locator(`${selector} canvas`).evaluateAll(
    (canvases, colours) =>
      colours.map(([r = 0, g = 0, b = 0]) => {
        let count = 0;
        for (const canvas of canvases as HTMLCanvasElement[]) {
          const context = canvas.getContext('2d');
          if (context === null) continue;
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          for (let i = 0; i < data.length; i += 4) {
            const near =
              Math.abs((data[i] ?? 0) - r) +
              Math.abs((data[i + 1] ?? 0) - g) +
              Math.abs((data[i + 2] ?? 0) - b);
            if (near < 24 && (data[i + 3] ?? 0) > 200) count += 1;
          }
        }
        return count;
      }),
    PREDECESSOR_RGB.map((rgb) => [...rgb]),
  );
}

describe('provinces after the 2025 merger (built app, headless Chromium)', () => {
  test('searching "lam dong" without diacritics picks the new Lâm Đồng, whose trend draws its three predecessors as labelled lines', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?view=dimensions&province=P43&lang=vi');
    await page
      .locator('[data-testid="indicator-select"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    await page.locator('[data-testid="province-search"]').fill('lam dong');
    await page.locator('[data-testid="province-search"]').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('68');
    expect((await page.locator('[data-testid="province-lineage"]').innerText()).normalize('NFC')).toBe(
      'Lâm Đồng — hợp nhất Bình Thuận, Đắk Nông và Lâm Đồng',
    );
    await waitForChartCanvas(page, TREND, APP_READY_TIMEOUT_MS);
    const subtitle = await page
      .locator('section[aria-labelledby="chart-indicator-trend-heading"] .figure-subtitle')
      .first()
      .innerText();
    expect(subtitle.normalize('NFC')).toContain(
      'mỗi tỉnh cũ hợp thành là một đường riêng, không cộng, không lấy trung bình',
    );
    await expect
      .poll(async () => Math.min(...(await colourPixels(page, TREND))), { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(150);
    await saveScreenshot(page, 'merger-lam-dong-dimensions-1366');
    await page.locator(TREND_TOGGLE).click();
    const header = (await page.locator(`${TREND_TABLE} thead th`).allInnerTexts()).map((h) =>
      h.normalize('NFC'),
    );
    expect(header.slice(0, 5)).toEqual([
      'Năm',
      'Lâm Đồng',
      'Bình Thuận (cũ)',
      'Đắk Nông (cũ)',
      'Lâm Đồng (cũ)',
    ]);
    const row2024 = page.locator(`${TREND_TABLE} tbody tr`, { hasText: '2024' });
    const cells = (await row2024.locator('th, td').allInnerTexts()).map((c) => c.trim());
    // Lâm Đồng has no score of its own in 2024; Đắk Nông's official 2024 total is 40,54.
    expect(cells[1]).toBe('–');
    expect(cells[3]).toBe('40,54');
    // The same view in English on a phone, for the record.
    await page.setViewportSize({ width: 390, height: 844 });
    await session.open('?view=dimensions&province=68&lang=en');
    await waitForChartCanvas(page, TREND, APP_READY_TIMEOUT_MS);
    await expect
      .poll(async () => Math.min(...(await colourPixels(page, TREND))), { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(100);
    await saveScreenshot(page, 'merger-lam-dong-dimensions-390-en');
  });

  test('Đắk Nông says it is now part of Lâm Đồng, in the list and below it', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await session.open('?province=P43&year=2024&lang=vi');
    await waitForApp(page);
    expect((await page.locator('[data-testid="province-lineage"]').innerText()).normalize('NFC')).toBe(
      'Đắk Nông — nay thuộc tỉnh Lâm Đồng',
    );
    const option = page.locator('[data-testid="province-select"] option[value="P43"]');
    expect(((await option.textContent()) ?? '').normalize('NFC')).toBe('Đắk Nông — nay thuộc tỉnh Lâm Đồng');
    const groups = await page
      .locator('[data-testid="province-select"] optgroup')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('label'), node.querySelectorAll('option').length]),
      );
    expect(groups).toEqual([
      ['34 tỉnh, thành phố từ 1/7/2025', 34],
      ['63 tỉnh, thành phố đến 2024', 63],
    ]);
    await saveScreenshot(page, 'merger-dak-nong-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?province=P43&year=2024&lang=en');
    await waitForApp(page);
    expect(await page.locator('[data-testid="province-lineage"]').innerText()).toBe(
      'Dak Nong — now part of Lam Dong province',
    );
    await saveScreenshot(page, 'merger-dak-nong-1366-en');
  });

  test("the new Lâm Đồng's Overview says it has no scores of its own yet and lists its predecessors' latest year", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?province=68&lang=vi');
    const table = page.locator('[data-testid="predecessor-latest"]');
    await table.waitFor({ timeout: 60_000 });
    await expect
      .poll(async () => (await table.innerText()).normalize('NFC'), { timeout: 60_000 })
      .toContain('40,54');
    const text = (await table.innerText()).normalize('NFC');
    for (const name of ['Bình Thuận (cũ)', 'Đắk Nông (cũ)', 'Lâm Đồng (cũ)']) expect(text).toContain(name);
    expect(text).toContain('2024');
    await saveScreenshot(page, 'merger-lam-dong-overview-1366');
  });

  test("a phone opening the new Lâm Đồng sees its predecessors' latest year and trend from the build's seed, before the engine is live", async () => {
    const { page, browser } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const wasm = browser.hold(/\.wasm(\?|$)/);
    try {
      await page.goto(session.url('?province=68&lang=vi'), { waitUntil: 'domcontentloaded' });
      const table = page.locator('[data-testid="predecessor-latest"]');
      await expect
        .poll(async () => ((await table.count()) === 0 ? '' : (await table.innerText()).normalize('NFC')), {
          timeout: 30_000,
        })
        .toContain('40,54');
      // The trend with each predecessor as its own line is drawn from the seed too.
      await waitForChartCanvas(page, '[data-testid="chart-total-trend"]', 30_000);
      expect(
        await page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length, DATA_READY_MARK),
        'engine still held: the figures are the seed',
      ).toBe(0);
      // The predecessors' table scrolls within its box: the page itself never scrolls sideways on a phone.
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'merger-lam-dong-seed-390');
    } finally {
      wasm.release();
    }
    // Live DuckDB then gives the same latest year.
    await waitForDataReady(page);
    await expect
      .poll(async () =>
        (await page.locator('[data-testid="predecessor-latest"]').innerText()).normalize('NFC'),
      )
      .toContain('40,54');
    // Keyboard only: Tab reaches the table's scroll box, and the arrow keys bring its last columns into view.
    const box = '[data-testid="predecessor-latest-scroll"]';
    await tabTo(page, box);
    for (let press = 0; press < 8; press += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(box).evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('Hà Nội, which the merger left whole, is one province: "ha noi" + Enter or a link to its new code 01 shows its own scores', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?province=P43&year=2024&lang=vi');
    await page.locator('[data-testid="province-search"]').fill('ha noi');
    await page.locator('[data-testid="province-search"]').press('Enter');
    // The new unit 01 is picked first by name; 2024 is scored under the old code, so that is what is shown.
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('P01');
    await waitForApp(page);
    await page.locator('[data-testid="dimension-row"]').first().waitFor({ timeout: APP_READY_TIMEOUT_MS });
    const main = (await page.locator('main').innerText()).normalize('NFC');
    expect(main).toContain('Hà Nội · 2024');
    expect(main).not.toContain('đơn vị hành chính mới');
    expect(await page.locator('[data-testid="dimension-row"]').count()).toBe(8);
    expect(
      await page.locator('[data-testid="notice"]').count(),
      'the same province: nothing to explain',
    ).toBe(0);
    expect((await page.locator('[data-testid="province-lineage"]').innerText()).normalize('NFC')).toBe(
      'Hà Nội — giữ nguyên từ 1/7/2025',
    );
    const enabledYears = await page
      .locator('[data-testid="year-select"] option:not([disabled])')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('value')));
    expect(enabledYears).toContain('2011');

    await session.open('?province=01&year=2023&lang=en');
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('P01');
    await waitForApp(page);
    await page.locator('[data-testid="dimension-row"]').first().waitFor({ timeout: APP_READY_TIMEOUT_MS });
    expect(await page.locator('.view-context').innerText()).toBe('Hanoi · 2023');
    expect(await page.locator('[data-testid="new-province-overview"]').count()).toBe(0);
    await saveScreenshot(page, 'merger-ha-noi-1366-en');
  });

  test("the new Lâm Đồng on Dimensions shows each predecessor's own scores in the parts, the ranks and the heatmaps, at 1366 and 390 px", async () => {
    const { page } = session;
    // The expected numbers come from the bundled data through the app's own queries, on a Node DuckDB.
    const conn = await loadBundledConnector();
    const predecessors = predecessorsOf(await fetchProvinces(conn), '68');
    expect(predecessors.length).toBeGreaterThan(1);
    const totals = await fetchIndicatorPanel(conn, 'total');
    const lastYear = Math.max(...totals.map((row) => row.year));
    const expected = await Promise.all(
      predecessors.map(async (p) => ({
        unit: p,
        total: totals.find((row) => row.provinceCode === p.code && row.year === lastYear),
        dimension1: (await fetchIndicatorChildren(conn, p.code, 'total')).find(
          (row) => row.indicator === '1' && row.year === lastYear,
        ),
        heatmapCells: (await fetchProvinceScores(conn, p.code, 'dimension')).length,
      })),
    );
    for (const [width, height, lang] of [
      [1366, 768, 'vi'],
      [390, 844, 'en'],
    ] as const) {
      await loadLanguage(lang);
      const i18n = createI18n(lang);
      const label = (p: (typeof predecessors)[number]) =>
        i18n.t('merger.predecessor.label', { name: lang === 'vi' ? p.nameVi : p.nameEn });
      await page.setViewportSize({ width, height });
      await session.open(`?view=dimensions&province=68&indicator=total&lang=${lang}`);
      const note = page.locator('[data-testid="dimensions-new-unit-note"]');
      await note.waitFor({ timeout: APP_READY_TIMEOUT_MS });
      for (const p of predecessors) expect((await note.innerText()).normalize('NFC')).toContain(label(p));

      // The rank table: each predecessor's score and rank in the last scored year, side by side.
      const rankRow = page.locator('[data-testid="rank-table"] tbody tr', { hasText: String(lastYear) });
      const rankCells = (await rankRow.locator('td').allInnerTexts()).map((c) => c.trim());
      expect(rankCells).toEqual(
        expected.flatMap(({ total }) => [
          i18n.formatNumber(total?.score ?? NaN),
          i18n.formatRank(total?.rank, total?.scoredCount),
          i18n.t(`group.${total?.papiGroup ?? 'low'}`),
        ]),
      );

      // The parts (the total's dimensions): each predecessor's own line, named in the table with its score.
      await page.locator('[data-testid="chart-subdimension-multiples-table-toggle"]').click();
      const partsRow = page.locator('[data-testid="chart-subdimension-multiples-table"] tbody tr', {
        hasText: String(lastYear),
      });
      const dimension1 = ((await partsRow.locator('td').first().innerText()) ?? '').normalize('NFC');
      for (const { unit, dimension1: point } of expected) {
        expect(dimension1).toContain(`${label(unit)}: ${i18n.formatNumber(point?.score ?? NaN)}`);
      }
      await page.locator('[data-testid="chart-subdimension-multiples-table-toggle"]').click();

      // One heatmap per predecessor, every one with its cells (no empty heatmap, no "Rank 1 … Rank 1" scale).
      expect(await page.locator('[data-testid="chart-dimension-heatmap"]').count()).toBe(0);
      for (const { unit, heatmapCells } of expected) {
        const heatmap = page.locator(`[data-testid="chart-dimension-heatmap-${unit.code.toLowerCase()}"]`);
        await waitForChartCanvas(page, `[data-testid="chart-dimension-heatmap-${unit.code.toLowerCase()}"]`);
        expect(heatmapCells).toBeGreaterThan(0);
        expect(await heatmap.getAttribute('aria-label')).toContain(
          i18n.t('dimensions.heatmap.summary', { count: heatmapCells }),
        );
        await expect
          .poll(
            async () =>
              (await bestCanvas(page, `[data-testid="chart-dimension-heatmap-${unit.code.toLowerCase()}"]`))
                .inkPixels,
            {
              timeout: 30_000,
              interval: 250,
            },
          )
          .toBeGreaterThan(500);
      }
      await saveScreenshot(page, `merger-lam-dong-dimensions-figures-${width}-${lang}`);
    }
  });
});

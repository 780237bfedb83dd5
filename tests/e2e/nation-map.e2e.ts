// The Nationwide view's tile map in the built app (headless Chromium): the map is painted, a click on a unit's
// square makes it the whole app's province, the map exports as a 1920×1080 slide PNG from its own menu, its
// table alternative gives every scored unit's score, rank and group (keyboard only, checked against the league
// table's cells), nothing scrolls sideways on a phone in either language, the league table's figure for slides
// opens and exports by keyboard, and the time to redraw the table and the map after an indicator or a year switch is
// reported, never asserted.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  APP_READY_TIMEOUT_MS,
  artifactPath,
  bestCanvas,
  switchLanguage,
  waitForChartCanvas,
} from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { reportTiming } from './helpers/timings.ts';
import {
  SWITCH_INDICATORS,
  SWITCH_YEARS,
  timeIndicatorSwitch,
  timeYearSwitch,
} from './helpers/nation-switch.ts';
import { SWITCH_STARTED_AT, switchPercentiles } from './helpers/select-switch.ts';
import { pngInk, pngSize } from './helpers/png.ts';
import { expectNoSidewaysScroll, tabTo } from './helpers/keyboard.ts';

const session = setupE2ESession({ sharedPage: true });

const MAP_ID = 'chart-tile-map';
const MULTIPLES_ID = 'chart-tile-multiples';
const STRIPS_ID = 'chart-distribution-strips';
const FIGURE_ID = 'chart-league-table';
const SEL = {
  section: '[data-testid="nation-map-section"]',
  map: `[data-testid="${MAP_ID}"]`,
  mapToggle: `[data-testid="${MAP_ID}-table-toggle"]`,
  mapTable: `[data-testid="${MAP_ID}-table"]`,
  menuButton: `[data-testid="${MAP_ID}-menu-button"]`,
  league: '[data-testid="league-table"]',
  leagueRow: '[data-testid="league-row"]',
} as const;
const MAP_2024_DIMENSION_2 = '?view=nation&province=P43&year=2024&indicator=2';

const nfc = (text: string): string => text.normalize('NFC');
const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);
/** Opens `query` and waits until the tile map's canvas has painted its squares. */
async function openMap(page: Page, query: string): Promise<void> {
  await session.open(query);
  await page.locator(SEL.section).waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
  await waitForChartCanvas(page, SEL.map, 30_000);
  await expect
    .poll(async () => (await bestCanvas(page, SEL.map)).inkPixels, { timeout: 30_000, interval: 250 })
    .toBeGreaterThan(5_000);
}

async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
}

/** Where unit `code`'s square is drawn (viewport pixels) and whether it is outlined as the selected one. */
interface DrawnTile {
  x: number;
  y: number;
  outlined: boolean;
}

/**
 * Asks the map's own ECharts instance where unit `code`'s square is: its (col, row) in the option it renders,
 * converted by its grid (convertToPixel). The built app has no echarts global, so the instance is reached
 * through echarts-for-react's component (getEchartsInstance) behind the chart's element.
 */
async function drawnTile(page: Page, code: string): Promise<DrawnTile> {
  await page.locator(SEL.map).scrollIntoViewIfNeeded();
  return page.locator(`${SEL.map} .echarts-for-react`).evaluate((element, wanted) => {
    interface Datum {
      code?: string;
      value?: number[];
      itemStyle?: { borderWidth?: number };
    }
    interface Instance {
      getOption(): { series?: { data?: Datum[] }[] };
      convertToPixel(finder: { seriesIndex: number }, value: number[]): number[];
    }
    interface Fiber {
      return: Fiber | null;
      stateNode: { getEchartsInstance?: () => Instance } | null;
    }
    const key = Object.keys(element).find((k) => k.startsWith('__reactFiber$'));
    let fiber = key === undefined ? null : ((element as unknown as Record<string, Fiber>)[key] ?? null);
    while (fiber !== null && typeof fiber.stateNode?.getEchartsInstance !== 'function') fiber = fiber.return;
    const chart = fiber?.stateNode?.getEchartsInstance?.();
    if (chart === undefined) throw new Error('no ECharts instance behind the tile map');
    const series = chart.getOption().series ?? [];
    const seriesIndex = series.findIndex((s) => (s.data ?? []).some((d) => d.code === wanted));
    const datum = series[seriesIndex]?.data?.find((d) => d.code === wanted);
    if (datum?.value === undefined) throw new Error(`no square for ${wanted}`);
    const [x = Number.NaN, y = Number.NaN] = chart.convertToPixel({ seriesIndex }, datum.value.slice(0, 2));
    const box = element.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y, outlined: (datum.itemStyle?.borderWidth ?? 0) > 0 };
  }, code);
}

/** The league table's score and group word of column `sortId` (e.g. "i2"), by province name. */
async function leagueColumn(page: Page, sortId: string): Promise<Map<string, [string, string]>> {
  const entries = await page.locator(SEL.league).evaluate((table, id) => {
    const header = table.querySelector<HTMLTableCellElement>(`[data-testid="sort-${id}"]`);
    if (header === null) throw new Error(`no column ${id}`);
    return [...table.querySelectorAll('[data-testid="league-row"]')].flatMap((row) => {
      const cell = (row as HTMLTableRowElement).cells[header.cellIndex];
      const name = row.querySelector('th button')?.textContent ?? '';
      if (cell === undefined || !cell.classList.contains('league-cell')) return [];
      const score = cell.firstChild?.textContent ?? '';
      const group = (cell.querySelector('.visually-hidden')?.textContent ?? '').replace(/^,\s*/, '');
      return [[name.normalize('NFC').trim(), [score.trim(), group.trim()]] as [string, [string, string]]];
    });
  }, sortId);
  return new Map(entries);
}

/** The words the league table's coloured cells carry for screen readers, by the group each cell is coloured as. */
async function groupWordsByGroup(page: Page): Promise<Record<string, string[]>> {
  const pairs = await page
    .locator(`${SEL.league} .league-cell[data-group]`)
    .evaluateAll((cells) =>
      cells.map((cell) => [
        cell.getAttribute('data-group') ?? '',
        (cell.querySelector('.visually-hidden')?.textContent ?? '(none)')
          .replace(/^,\s*/, '')
          .normalize('NFC'),
      ]),
    );
  const words: Record<string, string[]> = {};
  for (const [group = '', word = ''] of pairs) words[group] = [...new Set([...(words[group] ?? []), word])];
  return words;
}

/** The map table's rows: unit name, score, rank, group. */
const mapTableRows = (page: Page): Promise<string[][]> =>
  page
    .locator(`${SEL.mapTable} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').normalize('NFC').trim()),
      ),
    );

/**
 * Milliseconds from the last timed switch (helpers/select-switch.ts) to the first frame where every chart of `ids` is named
 * with `text` (its accessible name says what it shows).
 */
async function msUntilNamed(page: Page, ids: readonly string[], text: string): Promise<number> {
  const done = await page.waitForFunction(
    ([chartIds, wanted, startedAt]) =>
      chartIds.every((id) =>
        (document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-label') ?? '')
          .normalize('NFC')
          .includes(wanted),
      ) && performance.now() - ((window as unknown as Record<string, number>)[startedAt] ?? Number.NaN),
    [ids, text, SWITCH_STARTED_AT] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await done.jsonValue()) as number;
}

/**
 * From now on, counts the redraws (setOption calls) of the ECharts instances behind the charts `ids`, reached
 * through echarts-for-react's component as drawnTile does. An instance replaced later is no longer counted.
 */
async function countRedraws(page: Page, ids: readonly string[]): Promise<void> {
  await page.evaluate((chartIds) => {
    interface Instance {
      setOption: (...args: unknown[]) => unknown;
    }
    interface Fiber {
      return: Fiber | null;
      stateNode: { getEchartsInstance?: () => Instance } | null;
    }
    const counts: Record<string, number> = {};
    (window as unknown as { __redraws: Record<string, number> }).__redraws = counts;
    for (const id of chartIds) {
      const element = document.querySelector(`[data-testid="${id}"] .echarts-for-react`);
      if (element === null) throw new Error(`no chart ${id}`);
      const key = Object.keys(element).find((k) => k.startsWith('__reactFiber$'));
      let fiber = key === undefined ? null : ((element as unknown as Record<string, Fiber>)[key] ?? null);
      while (fiber !== null && typeof fiber.stateNode?.getEchartsInstance !== 'function')
        fiber = fiber.return;
      const chart = fiber?.stateNode?.getEchartsInstance?.();
      if (chart === undefined) throw new Error(`no ECharts instance behind ${id}`);
      counts[id] = 0;
      const setOption = chart.setOption.bind(chart);
      chart.setOption = (...args: unknown[]) => {
        counts[id] = (counts[id] ?? 0) + 1;
        return setOption(...args);
      };
    }
  }, ids);
}

/** The redraws counted since countRedraws, by chart id. */
const redrawCounts = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => ({ ...(window as unknown as { __redraws: Record<string, number> }).__redraws }));

/** Writes the median and the 95th percentile of `times` (ms) to the timings report, `what` naming the switch. */
function reportSwitchTimes(what: string, times: readonly number[]): void {
  const { p50, p95, max } = switchPercentiles(times);
  const name = `nation: switch ${what}, league table and tile map redrawn (of ${times.length})`;
  reportTiming(`${name} p50`, p50);
  reportTiming(`${name} p95`, p95, `max ${max.toFixed(1)} ms`);
}

describe('Nationwide tile map (built app, headless Chromium)', () => {
  test('a click on Quảng Ninh’s square makes it the whole app’s province, outlined on the map', async () => {
    const { page } = session;
    await openMap(page, `${MAP_2024_DIMENSION_2}&lang=vi`);
    expect((await drawnTile(page, 'P43')).outlined).toBe(true);
    const quangNinh = await drawnTile(page, 'P14');
    expect(quangNinh.outlined).toBe(false);
    await page.mouse.click(quangNinh.x, quangNinh.y);
    await expect
      .poll(async () => nfc(await page.locator('.view-context').innerText()))
      .toBe('Quảng Ninh · 2024');
    // The URL is written after the frame that shows the choice (src/state/url-writes.ts).
    await expect.poll(() => param(page, 'province')).toBe('P14');
    expect(param(page, 'indicator')).toBe('2');
    await expect
      .poll(() => page.locator(`${SEL.leagueRow}.is-selected`).getAttribute('data-code'))
      .toBe('P14');
    await expect.poll(async () => (await drawnTile(page, 'P14')).outlined).toBe(true);
    expect((await drawnTile(page, 'P43')).outlined).toBe(false);
  });

  test('exports the map from its menu, by keyboard, as a 1920×1080 slide PNG that is not blank', async () => {
    const { page } = session;
    await openMap(page, `${MAP_2024_DIMENSION_2}&lang=vi`);
    await focusTop(page);
    await tabTo(page, SEL.menuButton, 300);
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="${MAP_ID}-menu"]`).waitFor();
    // The menu opens on its first item, the slide PNG.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `${MAP_ID}-export-slidePng`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    const bytes = await readFile(await download.path());
    expect(download.suggestedFilename()).toMatch(/^papi_tile-map_chi-so-2_2024_\d{4}-\d{2}-\d{2}\.png$/);
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    // Four group colours, grey, white, text and antialiasing: far more than a blank or one-colour image.
    expect((await pngInk(page, bytes)).colours).toBeGreaterThan(20);
  });

  test('its table, by keyboard, lists the 61 scored units with the league table’s scores and groups', async () => {
    const { page } = session;
    await openMap(page, `${MAP_2024_DIMENSION_2}&lang=vi`);
    const league = await leagueColumn(page, 'i2');
    expect(league.size).toBe(61);
    await focusTop(page);
    await tabTo(page, SEL.mapToggle, 300);
    await page.keyboard.press('Enter');
    await page.locator(SEL.mapTable).waitFor({ timeout: 15_000 });
    expect(await page.locator(SEL.mapToggle).getAttribute('aria-pressed')).toBe('true');
    const rows = await mapTableRows(page);
    const scored = rows.filter((row) => /^\d+\/61$/.test(row[2] ?? ''));
    expect(scored).toHaveLength(61);
    // Best rank first, then the two units 2024 did not score, without score or rank.
    const ranks = scored.map((row) => Number((row[2] ?? '').split('/')[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows.slice(0, 61)).toEqual(scored);
    expect(rows.slice(61).map((row) => row.slice(1, 3))).toEqual([
      ['–', '–'],
      ['–', '–'],
    ]);
    // Each unit's score and group are the league table's, which comes from another query.
    expect(scored.map(([name, score, , group]) => [name, score, group])).toEqual(
      scored.map(([name = '']) => [name, ...(league.get(name) ?? ['not in the league table', ''])]),
    );
    expect(new Set(scored.map((row) => row[3]))).toEqual(
      new Set(['Cao', 'Trung bình cao', 'Trung bình thấp', 'Thấp']),
    );
    await saveSection(page, 'nation-map-table-1366-vi');
  });

  test('fits a 390 px phone in both languages; screenshots of the section at 1366 vi and 390 en', async () => {
    const { page } = session;
    await openMap(page, `${MAP_2024_DIMENSION_2}&lang=vi`);
    await saveSection(page, 'nation-map-1366-vi');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await switchLanguage(page, 'en');
    await expect
      .poll(async () => nfc(await page.locator('#nation-map-heading').innerText()))
      .toBe('Tile map and distribution');
    await waitForChartCanvas(page, SEL.map, 30_000);
    await expect
      .poll(async () => (await bestCanvas(page, SEL.map)).inkPixels, { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(2_000);
    await expectNoSidewaysScroll(page);
    await saveSection(page, 'nation-map-390-en');
    await switchLanguage(page, 'vi');
  });

  test('the league table as a figure for slides: opened and exported by keyboard as a 1920×1080 PNG and an SVG', async () => {
    const { page } = session;
    await session.open('?view=nation&province=P43&year=2024&lang=vi');
    await page.locator(SEL.league).waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    const figure = `[data-testid="${FIGURE_ID}"]`;
    expect(await page.locator(figure).count(), 'drawn only once opened').toBe(0);
    await focusTop(page);
    await tabTo(page, '[data-testid="league-figure"] > summary', 300);
    await page.keyboard.press('Enter');
    await waitForChartCanvas(page, figure, 30_000);
    await expect
      .poll(async () => (await bestCanvas(page, figure)).inkPixels, { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(5_000);
    expect(nfc((await page.locator(figure).getAttribute('aria-label')) ?? '')).toContain(
      'Quảng Ninh (47,82)',
    );

    await tabTo(page, `[data-testid="${FIGURE_ID}-menu-button"]`, 10);
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="${FIGURE_ID}-menu"]`).waitFor();
    const [slide] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    const png = await readFile(await slide.path());
    expect(slide.suggestedFilename()).toMatch(/^papi_league-table_.*2024_\d{4}-\d{2}-\d{2}\.png$/);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    expect((await pngInk(page, png)).colours).toBeGreaterThan(20);

    // Focus is back on the menu button: the SVG is two items down.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `${FIGURE_ID}-export-svg`,
    );
    const [vector] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    const texts = await page.evaluate(
      (text) =>
        [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((el) =>
          (el.textContent ?? '').normalize('NFC'),
        ),
      (await readFile(await vector.path())).toString('utf8'),
    );
    const heading = nfc(await page.locator('#league-heading').innerText());
    expect(texts).toContain(heading);
    expect(texts).toEqual(expect.arrayContaining(['Quảng Ninh', '47,82', 'Đắk Nông', '58', 'Cao', 'Thấp']));
  });

  test('measures the redraw of the table and the map after 20 indicator switches (reported, not asserted)', async () => {
    const { page } = session;
    await openMap(page, `${MAP_2024_DIMENSION_2}&lang=vi`);
    const codes = SWITCH_INDICATORS;
    const switchTo = async (code: string): Promise<number> => {
      const ms = await timeIndicatorSwitch(page, code);
      // The URL follows after the frame that shows the switch (src/state/url-writes.ts).
      await expect.poll(() => param(page, 'indicator') ?? 'total').toBe(code);
      return ms;
    };
    // First load of each indicator (its queries run once, unless already fetched), timed apart.
    const firstLoads: number[] = [];
    for (const code of [...codes.slice(3), ...codes.slice(0, 3)]) firstLoads.push(await switchTo(code));
    reportSwitchTimes('to an indicator not shown before', firstLoads);
    await countRedraws(page, [MAP_ID, MULTIPLES_ID, STRIPS_ID]);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) times.push(await switchTo(codes[(i + 3) % codes.length] ?? 'total'));
    reportSwitchTimes('indicator after the first load', times);
    expect(times).toHaveLength(20);
    // The group words a screen reader reads in the coloured cells follow the scores a frame later: every
    // coloured cell of the last switch's table carries its own group's word.
    await expect
      .poll(async () => groupWordsByGroup(page), { timeout: 10_000 })
      .toEqual({
        high: ['Cao'],
        upper_middle: ['Trung bình cao'],
        lower_middle: ['Trung bình thấp'],
        low: ['Thấp'],
      });
    // Each switch redrew the big map, in the same ECharts instance; the figures of every dimension stayed as
    // they were (they do not depend on the indicator).
    const redraws = await redrawCounts(page);
    expect(redraws[MAP_ID]).toBeGreaterThanOrEqual(20);
    expect([redraws[MULTIPLES_ID], redraws[STRIPS_ID]]).toEqual([0, 0]);
  });

  test('measures the redraw of the table and the map after 10 year switches (reported, not asserted)', async () => {
    const { page } = session;
    await openMap(page, `${MAP_2024_DIMENSION_2}&lang=vi`);
    const years = SWITCH_YEARS;
    const switchTo = async (year: number): Promise<number> => {
      const ms = await timeYearSwitch(page, year);
      await expect.poll(() => param(page, 'year')).toBe(String(year));
      // The small multiples and the strips follow (they may draw a frame after the table and the big map).
      allDrawn.push(await msUntilNamed(page, [MULTIPLES_ID, STRIPS_ID], `năm ${year}`));
      return ms;
    };
    const allDrawn: number[] = [];
    // First load of each year (its queries run once), timed apart: that time includes DuckDB's.
    const firstLoads: number[] = [];
    for (const year of years) firstLoads.push(await switchTo(year));
    reportSwitchTimes('to a year not shown before', firstLoads);
    allDrawn.length = 0;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) times.push(await switchTo(years[i % years.length] ?? 2024));
    reportSwitchTimes('year after the first load', times);
    reportSwitchTimes('year after the first load (multiples and strips too)', allDrawn);
    expect(times).toHaveLength(10);
  });
});

/** A screenshot of the map section alone, in the test artifacts. */
async function saveSection(page: Page, name: string): Promise<void> {
  await page.locator(SEL.section).screenshot({ path: artifactPath(`${name}.png`), timeout: 15_000 });
}

// How long a Nationwide switch (indicator or year) takes to show, timed one way for the browser test
// (nation-map.e2e.ts) and the profiler (tests/bench/nation-switch-profile.ts): inside the page, from the select's
// change event to the first frame where the league table's heading and the painted tile map's accessible name
// both name the new choice. The page is expected in Vietnamese.
import type { Page } from 'playwright-core';

export const NATION_SWITCH_SEL = {
  indicator: '[data-testid="indicator-select"]',
  year: '[data-testid="year-select"]',
  map: '[data-testid="chart-tile-map"]',
} as const;

/** Every indicator of the picker in 2020-2024, and years that all have them: what the switches go through. */
export const SWITCH_INDICATORS = ['total', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
export const SWITCH_YEARS = [2023, 2022, 2021, 2020, 2024] as const;

/** The page's global holding performance.now() at the last timed change (msUntil… functions read it). */
export const SWITCH_STARTED_AT = 'switchStartedAt';

/**
 * Chooses `value` in the select `selectSel` and returns the milliseconds from its change event to the first
 * frame where the league heading contains `expected.heading` and the tile map, painted, is named with
 * `expected.map`.
 */
export async function timeSwitch(
  page: Page,
  selectSel: string,
  value: string,
  expected: { heading: string; map: string },
): Promise<number> {
  await page
    .locator(selectSel)
    .evaluate(
      (el, key) =>
        el.addEventListener(
          'change',
          () => ((window as unknown as Record<string, number>)[key] = performance.now()),
          { once: true },
        ),
      SWITCH_STARTED_AT,
    );
  await page.locator(selectSel).selectOption(value);
  const done = await page.waitForFunction(
    ([heading, map, mapSel, key]) => {
      const shownHeading = (document.querySelector('#league-heading')?.textContent ?? '').normalize('NFC');
      const figure = document.querySelector(mapSel);
      const named = (figure?.getAttribute('aria-label') ?? '').normalize('NFC');
      const painted = figure?.querySelector('canvas') != null;
      return (
        shownHeading.includes(heading) &&
        named.includes(map) &&
        painted &&
        performance.now() - ((window as unknown as Record<string, number>)[key] ?? Number.NaN)
      );
    },
    [expected.heading, expected.map, NATION_SWITCH_SEL.map, SWITCH_STARTED_AT] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await done.jsonValue()) as number;
}

/** Switches to indicator `code` (its option's text names the table and the map) and times it. */
export async function timeIndicatorSwitch(page: Page, code: string): Promise<number> {
  const label = await page
    .locator(NATION_SWITCH_SEL.indicator)
    .evaluate(
      (el, value) =>
        [...(el as HTMLSelectElement).options].find((o) => o.value === value)?.text.normalize('NFC') ?? '',
      code,
    );
  return timeSwitch(page, NATION_SWITCH_SEL.indicator, code, { heading: label, map: label });
}

/** Switches to `year` and times it: the league heading says "PAPI 2023:", the map's name "năm 2023:". */
export function timeYearSwitch(page: Page, year: number): Promise<number> {
  return timeSwitch(page, NATION_SWITCH_SEL.year, String(year), {
    heading: `PAPI ${year}:`,
    map: `năm ${year}:`,
  });
}

/** The median, the 95th percentile (nearest rank) and the maximum of `times`. */
export function switchPercentiles(times: readonly number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

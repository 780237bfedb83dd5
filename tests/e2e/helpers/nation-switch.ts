// How long a Nationwide switch (indicator or year) takes to show, timed one way for the browser test
// (nation-map.e2e.ts) and the profiler (tests/bench/nation-switch-profile.ts), the way every select switch is timed
// (select-switch.ts): inside the page, from the choice to the next frame once the league table's heading and the
// painted tile map's accessible name both name the new choice. The page is expected in Vietnamese.
import type { Page } from 'playwright-core';
import { timeSelectSteps, type ShownWhen } from './select-switch.ts';

export const NATION_SWITCH_SEL = {
  indicator: '[data-testid="indicator-select"]',
  year: '[data-testid="year-select"]',
  map: '[data-testid="chart-tile-map"]',
} as const;

/** Every indicator of the picker in 2020-2024, and years that all have them: what the switches go through. */
export const SWITCH_INDICATORS = ['total', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
export const SWITCH_YEARS = [2023, 2022, 2021, 2020, 2024] as const;

/** The league heading includes `heading`, and the tile map, painted (its canvas there), is named with `map`. */
function tableAndMapShow(heading: string, map: string): ShownWhen[] {
  return [
    { selector: '#league-heading', includes: heading },
    { selector: NATION_SWITCH_SEL.map, attribute: 'aria-label', includes: map },
    { selector: `${NATION_SWITCH_SEL.map} canvas`, includes: '' },
  ];
}

/** Switches to indicator `code` (its option's text names the table and the map) and times it. */
export async function timeIndicatorSwitch(page: Page, code: string): Promise<number> {
  const label = await page
    .locator(NATION_SWITCH_SEL.indicator)
    .evaluate(
      (el, value) => [...(el as HTMLSelectElement).options].find((o) => o.value === value)?.text ?? '',
      code,
    );
  const [ms = Number.NaN] = await timeSelectSteps(page, NATION_SWITCH_SEL.indicator, [
    { value: code, shown: tableAndMapShow(label, label) },
  ]);
  return ms;
}

/** Switches to `year` and times it: the league heading says "PAPI 2023:", the map's name "năm 2023:". */
export async function timeYearSwitch(page: Page, year: number): Promise<number> {
  const [ms = Number.NaN] = await timeSelectSteps(page, NATION_SWITCH_SEL.year, [
    { value: String(year), shown: tableAndMapShow(`PAPI ${year}:`, `năm ${year}:`) },
  ]);
  return ms;
}

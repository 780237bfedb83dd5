// The Dimensions view's indicator switch, timed as a user sees it (select-switch.ts): from the choice to the next
// frame once the trend's heading names the new indicator. One measure for the browser test (reported) and the
// bench (judged).
import type { Page } from 'playwright-core';
import { timeSelectSteps } from './select-switch.ts';

const SELECT = '[data-testid="indicator-select"]';
const TREND_HEADING = '#chart-indicator-trend-heading';

/**
 * On a Dimensions view already drawn: waits until every indicator has been fetched in the background, then
 * switches through the indicator list (every option once, then again from the start) `count` times and
 * returns each switch's time in ms. Throws, naming the switch and the indicator, when one does not redraw
 * in time (select-switch.ts), and when the list offers fewer than two indicators (nothing to switch between).
 */
export async function timeIndicatorSwitches(page: Page, count: number): Promise<number[]> {
  await page.locator('[data-testid="dimensions-view"][data-prefetched="true"]').waitFor({ timeout: 60_000 });
  const options = await page
    .locator(`${SELECT} option`)
    .evaluateAll((list) =>
      list.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? '']),
    );
  if (options.length < 2)
    throw new Error(
      `The indicator list offers ${options.length} indicator(s) (${options.map(([code]) => code).join(', ') || 'none'}): ` +
        'at least 2 are needed to time a switch.',
    );
  const steps = Array.from({ length: count }, (_, i) => {
    const [value = '', label = ''] = options[(i + 1) % options.length] ?? [];
    // The heading starts with the indicator's name and a colon ("2. Công khai, minh bạch …: Đắk Nông …").
    return { value, shown: [{ selector: TREND_HEADING, includes: `${label}:` }] };
  });
  return timeSelectSteps(page, SELECT, steps);
}

// The Dimensions view's indicator switch, timed as a user sees it: from the choice to the frame after the
// trend's heading names the new indicator. One measure for the browser test (reported) and the bench (judged).
import type { Page } from 'playwright-core';

const SELECT = '[data-testid="indicator-select"]';
/** One switch that has not redrawn after this long is a failure with its name, not a hang to the test's timeout. */
export const SWITCH_DEADLINE_MS = 10_000;

/**
 * On a Dimensions view already drawn: waits until every indicator has been fetched in the background, then
 * switches through the indicator list (every option once, then again from the start) `count` times and
 * returns each switch's time in ms. Throws, naming the switch and the indicator, when one does not redraw
 * within SWITCH_DEADLINE_MS, and when the list offers fewer than two indicators (nothing to switch between).
 */
export async function timeIndicatorSwitches(page: Page, count: number): Promise<number[]> {
  await page.locator('[data-testid="dimensions-view"][data-prefetched="true"]').waitFor({ timeout: 60_000 });
  const codes = await page
    .locator(`${SELECT} option`)
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  if (codes.length < 2)
    throw new Error(
      `The indicator list offers ${codes.length} indicator(s) (${codes.join(', ') || 'none'}): ` +
        'at least 2 are needed to time a switch.',
    );
  const sequence = Array.from({ length: count }, (_, i) => codes[(i + 1) % codes.length] ?? '');
  // No named functions inside: the bench runs this file through tsx, whose keepNames would wrap them in a
  // helper the page does not have.
  const outcome = await page.evaluate(
    async ([selector, list, deadline]) => {
      const select = document.querySelector(selector) as HTMLSelectElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
      const measured: number[] = [];
      for (const [index, code] of list.entries()) {
        const label = select.querySelector(`option[value="${code}"]`)?.textContent ?? '';
        if (label === '')
          return { measured, failure: `switch ${index + 1}: no option for indicator "${code}"` };
        const start = performance.now();
        setValue?.call(select, code);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Drawn: the new heading is in the page and the chart under it has had a frame to paint.
        while (
          !(document.querySelector('#chart-indicator-trend-heading')?.textContent ?? '').startsWith(
            `${label}:`,
          )
        ) {
          if (performance.now() - start > deadline) {
            const heading = document.querySelector('#chart-indicator-trend-heading')?.textContent ?? '(none)';
            return {
              measured,
              failure:
                `switch ${index + 1} of ${list.length}, to indicator "${code}" (${label}), did not redraw ` +
                `within ${deadline} ms; the trend's heading still reads "${heading}"`,
            };
          }
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        measured.push(performance.now() - start);
      }
      return { measured, failure: null };
    },
    [SELECT, sequence, SWITCH_DEADLINE_MS] as const,
  );
  if (outcome.failure !== null) throw new Error(`Indicator switch on Dimensions: ${outcome.failure}`);
  return outcome.measured;
}

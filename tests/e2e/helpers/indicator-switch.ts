// The Dimensions view's indicator switch, timed as a user sees it: from the choice to the frame after the
// trend's heading names the new indicator. One measure for the browser test (reported) and the bench (judged).
import type { Page } from 'playwright-core';

const SELECT = '[data-testid="indicator-select"]';

/**
 * On a Dimensions view already drawn: waits until every indicator has been fetched in the background, then
 * switches through the indicator list (every option once, then again from the start) `count` times and
 * returns each switch's time in ms.
 */
export async function timeIndicatorSwitches(page: Page, count: number): Promise<number[]> {
  await page.locator('[data-testid="dimensions-view"][data-prefetched="true"]').waitFor({ timeout: 60_000 });
  const codes = await page
    .locator(`${SELECT} option`)
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const sequence = Array.from({ length: count }, (_, i) => codes[(i + 1) % codes.length] ?? '');
  // No named functions inside: the bench runs this file through tsx, whose keepNames would wrap them in a
  // helper the page does not have.
  return page.evaluate(
    async ([selector, list]) => {
      const select = document.querySelector(selector) as HTMLSelectElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
      const measured: number[] = [];
      for (const code of list) {
        const label = select.querySelector(`option[value="${code}"]`)?.textContent ?? '';
        const start = performance.now();
        setValue?.call(select, code);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Drawn: the new heading is in the page and the chart under it has had a frame to paint.
        while (
          !(document.querySelector('#chart-indicator-trend-heading')?.textContent ?? '').startsWith(
            `${label}:`,
          )
        )
          await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        measured.push(performance.now() - start);
      }
      return measured;
    },
    [SELECT, sequence] as const,
  );
}

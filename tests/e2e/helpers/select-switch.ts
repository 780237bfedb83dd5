// A switch made with a select (an indicator, a year), timed the one way the browser tests report it and the bench
// judges it: inside the page, from the choice to the start of the next frame once the page shows it (checked right
// after the choice, then at each frame). No round trip to the test runner falls inside the window. Each choice is made
// on a settled page (the main thread idle), as a user's next choice is: what a view draws after the frame that shows
// a switch (the panels under the figure) belongs to that switch, not to the next one's window.
import type { Page } from 'playwright-core';

/** One switch that has not shown after this long is a failure with its name, not a hang to the test's timeout. */
export const SWITCH_DEADLINE_MS = 10_000;

/** The page's global holding performance.now() at the last timed choice (for what follows a switch later). */
export const SWITCH_STARTED_AT = 'switchStartedAt';

/** Shown once the element at `selector` exists and its text (or `attribute`), NFC, includes `includes`. */
export interface ShownWhen {
  readonly selector: string;
  readonly attribute?: string;
  readonly includes: string;
}

/** One choice: the option's value, and what the page shows once it has drawn that choice. */
export interface SelectStep {
  readonly value: string;
  readonly shown: readonly ShownWhen[];
}

/**
 * Chooses each step's value in the select at `selectSel` in turn (its value set and a `change` event, as a user's
 * choice fires) and returns each step's milliseconds from the choice to the start of the next frame once every `shown`
 * condition holds. Throws, naming the step, when one does not show within SWITCH_DEADLINE_MS.
 */
export async function timeSelectSteps(
  page: Page,
  selectSel: string,
  steps: readonly SelectStep[],
): Promise<number[]> {
  // No named functions inside: the bench runs this file through tsx, whose keepNames would wrap them in a
  // helper the page does not have.
  const outcome = await page.evaluate(
    async ([selector, list, deadline, startedAtKey]) => {
      const select = document.querySelector(selector) as HTMLSelectElement | null;
      if (select === null) return { measured: [], failure: `no select matches ${selector}` };
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
      const measured: number[] = [];
      for (const [index, step] of list.entries()) {
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: deadline }));
        const start = performance.now();
        (window as unknown as Record<string, number>)[startedAtKey] = start;
        setValue?.call(select, step.value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        for (;;) {
          const missing = step.shown.find((when) => {
            const element = document.querySelector(when.selector);
            if (element === null) return true;
            const text =
              when.attribute === undefined ? element.textContent : element.getAttribute(when.attribute);
            return !(text ?? '').normalize('NFC').includes(when.includes.normalize('NFC'));
          });
          if (missing === undefined) break;
          if (performance.now() - start > deadline)
            return {
              measured,
              failure:
                `switch ${index + 1} of ${list.length}, to "${step.value}", did not show within ${deadline} ms: ` +
                `${missing.selector}${missing.attribute === undefined ? '' : `[${missing.attribute}]`} ` +
                `does not include "${missing.includes}"`,
            };
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        // The next frame draws what is shown now (a task after it would also wait for work the page defers).
        await new Promise((resolve) => requestAnimationFrame(resolve));
        measured.push(performance.now() - start);
      }
      return { measured, failure: null };
    },
    [selectSel, steps, SWITCH_DEADLINE_MS, SWITCH_STARTED_AT] as const,
  );
  if (outcome.failure !== null) throw new Error(`Switch with ${selectSel}: ${outcome.failure}`);
  return outcome.measured;
}

/** The median, the 95th percentile (nearest rank) and the maximum of `times`. */
export function switchPercentiles(times: readonly number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

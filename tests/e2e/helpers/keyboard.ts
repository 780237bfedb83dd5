// Moving through the page as a keyboard user does, and what a phone user would see scroll sideways.
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches `selector`; fails after `maxPresses`. */
export async function tabTo(page: Page, selector: string, maxPresses = 200): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`${selector} never took focus in ${String(maxPresses)} presses of Tab`);
}

/** How many px the page scrolls sideways (0 when it fits its window). */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The elements that stick out of the window, widest first (tag, class, test id, right edge), to say what scrolls
 * sideways. One inside a box that scrolls or clips within the window (a wide table's scroll box) is left out.
 */
const widerThanWindow = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const windowWidth = document.documentElement.clientWidth + 0.5;
    const clippedInside = (el: HTMLElement): boolean => {
      for (let box = el.parentElement; box !== null && box !== document.body; box = box.parentElement)
        if (getComputedStyle(box).overflowX !== 'visible' && box.getBoundingClientRect().right <= windowWidth)
          return true;
      return false;
    };
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ el, right }) => right > windowWidth && !clippedInside(el))
      .sort((a, b) => b.right - a.right)
      .slice(0, 8)
      .map(({ el, right }) => {
        const id = el.dataset.testid === undefined ? '' : `[data-testid=${el.dataset.testid}]`;
        return `${el.tagName.toLowerCase()}.${String(el.className)}${id} right=${Math.round(right)}`;
      });
  });

/**
 * Waits until the page no longer scrolls sideways: charts follow a new width on their next resize, a few frames
 * after the viewport changed (longer on a loaded machine). Fails naming the elements that stick out.
 */
export async function expectNoSidewaysScroll(page: Page, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let overflow = await sidewaysOverflow(page);
  while (overflow > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    overflow = await sidewaysOverflow(page);
  }
  if (overflow > 0)
    throw new Error(
      `the page scrolls sideways by ${overflow} px: ${(await widerThanWindow(page)).join('; ')}`,
    );
}

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

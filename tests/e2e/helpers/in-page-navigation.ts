// Opening a link in a page whose app is already live, the way Back and Forward do (pushState + popstate), so a
// test file pays for one DuckDB start instead of one per test. The target view mounts afresh (no sort order, open
// menu or toggled table left by the test before): when the page shows that view already, the open passes through
// another view first; when it shows another view, the target is not mounted, and the open goes straight to it.
import type { Page } from 'playwright-core';
import { VIEW_IDS } from '../../../src/state/url-state.ts';
import { DATA_READY_MARK } from './app.ts';

const SETTLE_TIMEOUT_MS = 60_000;
/** The page counts as settled once nothing has fetched for this long after it took the URL in. */
const QUIET_MS = 150;

/** True when the page shows the app on `origin` and its engine has loaded the data. */
export async function isLiveApp(page: Page, origin: string): Promise<boolean> {
  if (page.isClosed() || !page.url().startsWith(origin)) return false;
  return page
    .evaluate(
      (mark) =>
        performance.getEntriesByName(mark, 'mark').length > 0 &&
        document.querySelector('main[data-url-search]') !== null,
      DATA_READY_MARK,
    )
    .catch(() => false);
}

/**
 * Waits until the page has rendered the current location (main's data-url-search equals location.search) and
 * no query has been fetching for QUIET_MS.
 */
export async function waitForSettled(page: Page, timeoutMs: number = SETTLE_TIMEOUT_MS): Promise<void> {
  await waitForSettledState(page, timeoutMs).catch(async (error: unknown) => {
    // A bare timeout says nothing of why: name what was still unsettled.
    throw new Error(`page did not settle: ${await unsettledState(page)}`, { cause: error });
  });
}

/** What keeps the page from settling: the URL rendered against the location, aria-busy, an engine stop shown. */
async function unsettledState(page: Page): Promise<string> {
  if (page.isClosed()) return 'the page is closed';
  return page
    .evaluate(() => {
      const main = document.querySelector<HTMLElement>('main[data-url-search]');
      const stopped = document.querySelector('[data-testid="engine-stopped"]');
      return JSON.stringify({
        location: window.location.search,
        rendered: main?.dataset.urlSearch ?? null,
        ariaBusy: main?.getAttribute('aria-busy') ?? null,
        engineStopped: stopped?.textContent ?? null,
      });
    })
    .catch((error: unknown) => `the page did not answer (${String(error)})`);
}

async function waitForSettledState(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (quietMs) => {
      const main = document.querySelector<HTMLElement>('main[data-url-search]');
      const store = window as unknown as { __papiQuietSince?: number };
      const settledNow =
        main !== null &&
        main.dataset.urlSearch === window.location.search &&
        main.getAttribute('aria-busy') !== 'true';
      if (!settledNow) {
        store.__papiQuietSince = undefined;
        return false;
      }
      store.__papiQuietSince ??= performance.now();
      return performance.now() - store.__papiQuietSince >= quietMs;
    },
    QUIET_MS,
    { timeout: timeoutMs, polling: 50 },
  );
}

async function pushLocation(page: Page, search: string): Promise<void> {
  await page.evaluate((next) => {
    (window as unknown as { __papiQuietSince?: number }).__papiQuietSince = undefined;
    window.history.pushState(null, '', `${window.location.pathname}${next}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  await waitForSettled(page);
}

/** The view a query string names explicitly (null when it names none, or no view of the app). */
function viewNamed(search: string): string | null {
  const view = new URLSearchParams(search).get('view');
  return view !== null && (VIEW_IDS as readonly string[]).includes(view) ? view : null;
}

/** The same province, year and language on another view than the target's: unmounts the target view. */
export function detourSearch(targetSearch: string): string {
  const target = new URLSearchParams(targetSearch);
  const detour = new URLSearchParams();
  for (const key of ['province', 'year', 'lang']) {
    const value = target.get(key);
    if (value !== null) detour.set(key, value);
  }
  detour.set('view', target.get('view') === 'briefing' ? 'data' : 'briefing');
  return `?${detour.toString()}`;
}

/**
 * Opens `search` (e.g. "?province=P43&view=plan") in the live app and waits until it settles: straight when the page
 * shows another view than the target (both named), else through a detour view.
 */
export async function openInPage(page: Page, search: string): Promise<void> {
  const rendered = await page.evaluate(
    () => document.querySelector<HTMLElement>('main[data-url-search]')?.dataset.urlSearch ?? '',
  );
  const shownView = viewNamed(rendered);
  const targetView = viewNamed(search);
  if (shownView === null || targetView === null || shownView === targetView) {
    await pushLocation(page, detourSearch(search));
  }
  await pushLocation(page, search);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    // As after a page load: nothing focused, and the next Tab starts at the top (focusing a node at the start of
    // the body and removing it moves the sequential focus starting point there).
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
}

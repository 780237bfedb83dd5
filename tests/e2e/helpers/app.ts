// What the tests and the benchmark know about the app's page: selectors from the Overview contract,
// waiting for it to be ready, a timeline of when the frame / data / first chart appeared, canvas
// pixel checks, the language switch, screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS_DIR } from './server.ts';

export const SEL = {
  frame: 'header, [role="banner"]',
  nav: 'nav, [role="navigation"]',
  total: '[data-testid="overview-total"]',
  provinceSelect: '[data-testid="province-select"]',
  rank: '[data-testid="overview-rank"]',
  group: '[data-testid="overview-group"]',
  change: '[data-testid="overview-change"]',
  dimensionTable: '[data-testid="dimension-table"]',
  dimensionRow: '[data-testid="dimension-row"]',
  chartTrend: '[data-testid="chart-total-trend"]',
  chartGap: '[data-testid="chart-dimension-gap"]',
  sampleBadge: '[data-testid="sample-badge"]',
  errorPanel: '[data-testid="error-panel"]',
} as const;

/** Generous: DuckDB-WASM needs ~3 s on a developer box, CI is a busy 2-core machine. */
export const APP_READY_TIMEOUT_MS = 60_000;

/**
 * Init script: records performance.now() (ms since navigation start) of the first moment that
 * - frame: a header/banner is in the DOM,
 * - total: the Overview's total has a digit in it (data queried: DuckDB is ready),
 * - canvas: the trend chart has a <canvas>,
 * - chart: that canvas has visible pixels (first chart painted).
 * Read with readTimeline().
 */
export const TIMELINE_INIT_SCRIPT = `(() => {
  if (window !== window.top) return;
  const t = { frame: null, total: null, canvas: null, chart: null, stages: [] };
  Object.defineProperty(window, '__papiTimeline', { value: t, configurable: true });
  const painted = (c) => {
    try {
      const w = c.width, h = c.height;
      if (!w || !h) return false;
      const ctx = c.getContext('2d');
      if (!ctx) return false;
      const d = ctx.getImageData(0, 0, w, h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 16) {
        if (d[i + 3] > 0 && !(d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250)) { if (++n > 50) return true; }
      }
    } catch {}
    return false;
  };
  const check = () => {
    const now = performance.now();
    if (t.frame === null && document.querySelector('${SEL.frame.replace(/"/g, '\\"')}')) t.frame = now;
    if (t.total === null) {
      // Loading stages as the app labels them (e.g. downloading, starting, loading data): first time seen.
      for (const l of document.querySelectorAll('[data-testid="loading"]')) {
        const label = ((l.querySelector('.loading-label') || l).textContent || '')
          .replace(/[\\d.,/]+\\s*(%|[KMG]?i?B)?/g, '').replace(/\\s+/g, ' ').replace(/\\s+\\)/g, ')').replace(/\\(\\)/g, '').trim().slice(0, 60);
        if (label && !t.stages.some((s) => s.label === label)) t.stages.push({ label, at: now });
      }
      const el = document.querySelector('[data-testid="overview-total"]');
      if (el && /\\d/.test(el.textContent || '')) t.total = now;
    }
    if (t.chart === null) {
      const c = document.querySelector('[data-testid="chart-total-trend"] canvas');
      if (c) {
        if (t.canvas === null) t.canvas = now;
        if (painted(c)) t.chart = now;
      }
    }
    return t.frame !== null && t.total !== null && t.chart !== null;
  };
  const start = () => {
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true, characterData: true });
    const iv = setInterval(() => { if (check()) clearInterval(iv); }, 25);
    setTimeout(() => clearInterval(iv), 180000);
    check();
  };
  start();
})();`;

/**
 * For the bench: a reader who goes to the Overview's trend chart as soon as the figures are there. Charts are
 * drawn only near the screen, and the trend is below the fold, so the timeline's `chart` needs this to be reached.
 */
export const READER_GOES_TO_CHART_SCRIPT = `(() => {
  if (window !== window.top) return;
  const go = () => {
    const total = document.querySelector('[data-testid="overview-total"]');
    const chart = document.querySelector('[data-testid="chart-total-trend"]');
    if (!total || !/\\d/.test(total.textContent || '') || !chart) return false;
    chart.scrollIntoView({ block: 'center' });
    return true;
  };
  const mo = new MutationObserver(() => { if (go()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export interface Timeline {
  /** Loading-indicator labels in the order they first appeared, with ms since navigation. */
  stages?: { label: string; at: number }[];
  frame: number | null;
  total: number | null;
  canvas: number | null;
  chart: number | null;
}

export async function readTimeline(page: Page): Promise<Timeline> {
  return page.evaluate(
    () =>
      (window as unknown as { __papiTimeline?: Timeline }).__papiTimeline ?? {
        frame: null,
        total: null,
        canvas: null,
        chart: null,
      },
  );
}

async function bodySnippet(page: Page): Promise<string> {
  return page
    .evaluate(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 600))
    .catch(() => '(page not readable)');
}

/** The performance mark the app sets once its own DuckDB has loaded the data (src/app/providers.tsx). */
export const DATA_READY_MARK = 'papi:data-ready';

/**
 * Waits until the live engine is ready (the app's data-ready mark: not the build-time seed, which paints the
 * total before DuckDB has loaded) and the Overview shows its total. Fails early, with the panel's text, if
 * the app shows its error panel instead.
 */
export async function waitForApp(page: Page, timeoutMs: number = APP_READY_TIMEOUT_MS): Promise<void> {
  await waitForOverview(page, timeoutMs, DATA_READY_MARK);
}

/** Waits until the app's own engine has loaded the data (any view), failing early with the error panel's text. */
export async function waitForDataReady(page: Page, timeoutMs: number = APP_READY_TIMEOUT_MS): Promise<void> {
  const handle = await page.waitForFunction(
    ([errorSel, mark]) => {
      if (performance.getEntriesByName(mark, 'mark').length > 0) return 'ready';
      const error = document.querySelector(errorSel);
      return error ? `error: ${(error.textContent ?? '').replace(/\s+/g, ' ').trim()}` : false;
    },
    [SEL.errorPanel, DATA_READY_MARK] as const,
    { timeout: timeoutMs, polling: 100 },
  );
  const outcome = String(await handle.jsonValue());
  if (outcome !== 'ready') throw new Error(`The app showed its error panel (${page.url()}): ${outcome}`);
}

/** Waits until the Overview shows a total, the build-time seed's or live DuckDB's: the first screen a user sees. */
export async function waitForFirstScreen(
  page: Page,
  timeoutMs: number = APP_READY_TIMEOUT_MS,
): Promise<void> {
  await waitForOverview(page, timeoutMs, null);
}

async function waitForOverview(page: Page, timeoutMs: number, readyMark: string | null): Promise<void> {
  let outcome: string;
  try {
    const handle = await page.waitForFunction(
      ([totalSel, errorSel, mark]) => {
        const dataReady = mark === null || performance.getEntriesByName(mark, 'mark').length > 0;
        if (dataReady && /\d/.test(document.querySelector(totalSel)?.textContent ?? '')) return 'ready';
        const error = document.querySelector(errorSel);
        return error ? `error: ${(error.textContent ?? '').replace(/\s+/g, ' ').trim()}` : false;
      },
      [SEL.total, SEL.errorPanel, readyMark] as const,
      { timeout: timeoutMs, polling: 100 },
    );
    outcome = String(await handle.jsonValue());
  } catch (err) {
    const snippet = await bodySnippet(page);
    throw new Error(
      `The Overview did not become ready within ${timeoutMs / 1000} s (${readyMark === null ? '' : `no ${readyMark} mark, or `}${SEL.total} never got a number). ` +
        `URL: ${page.url()}. Page text: "${snippet}". Cause: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  if (outcome !== 'ready') {
    throw new Error(`The app showed its error panel instead of the Overview (${page.url()}): ${outcome}`);
  }
}

export async function textOf(page: Page, selector: string, timeoutMs = 10_000): Promise<string> {
  let text: string | null;
  try {
    text = await page.locator(selector).first().textContent({ timeout: timeoutMs });
  } catch {
    const errorPanel = await page
      .locator(SEL.errorPanel)
      .first()
      .textContent({ timeout: 500 })
      .catch(() => null);
    throw new Error(
      `${selector} not found within ${timeoutMs / 1000} s` +
        (errorPanel ? `; the app shows its error panel: ${errorPanel.replace(/\s+/g, ' ').trim()}` : ''),
    );
  }
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Parses "12/63" (possibly inside other text, e.g. "Hạng 12/63"). */
export function parseRank(text: string): { rank: number; of: number } | null {
  const m = /(\d+)\s*\/\s*(\d+)/.exec(text);
  return m ? { rank: Number(m[1]), of: Number(m[2]) } : null;
}

export interface CanvasStats {
  width: number;
  height: number;
  /** Pixels that are neither transparent nor (near-)white. */
  inkPixels: number;
  /** Distinct colours among them (quantised to 4 bits per channel). */
  colours: number;
  dataUrlLength: number;
}

/**
 * The first canvas of the chart `chart` (a selector of its box), once drawn. A chart is drawn when it comes near
 * the screen, so its box is scrolled to first, as a reader would.
 */
export async function waitForChartCanvas(page: Page, chart: string, timeout = 30_000): Promise<Locator> {
  const box = page.locator(chart).first();
  await box.waitFor({ state: 'attached', timeout });
  await box.scrollIntoViewIfNeeded({ timeout });
  const canvas = page.locator(`${chart} canvas`).first();
  await canvas.waitFor({ state: 'attached', timeout });
  return canvas;
}

/** Pixel statistics of every <canvas> under selector (ECharts may stack several). */
export async function canvasStats(page: Page, selector: string): Promise<CanvasStats[]> {
  return page.evaluate((sel) => {
    const out: CanvasStats[] = [];
    document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`).forEach((c) => {
      const stats: CanvasStats = {
        width: c.width,
        height: c.height,
        inkPixels: 0,
        colours: 0,
        dataUrlLength: 0,
      };
      try {
        stats.dataUrlLength = c.toDataURL('image/png').length;
        const ctx = c.getContext('2d');
        if (ctx && c.width && c.height) {
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          const colours = new Set<number>();
          for (let i = 0; i < d.length; i += 4) {
            const r = d[i] ?? 0;
            const g = d[i + 1] ?? 0;
            const b = d[i + 2] ?? 0;
            const a = d[i + 3] ?? 0;
            if (a === 0 || (r > 250 && g > 250 && b > 250)) continue;
            stats.inkPixels++;
            colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
          }
          stats.colours = colours.size;
        }
      } catch {
        // A tainted or webgl canvas: leave zeros, the test will say so.
      }
      out.push(stats);
    });
    return out;
  }, selector);
}

/** The richest canvas under selector (0s if none). */
export async function bestCanvas(page: Page, selector: string): Promise<CanvasStats> {
  const all = await canvasStats(page, selector);
  return all.reduce<CanvasStats>((best, c) => (c.inkPixels > best.inkPixels ? c : best), {
    width: 0,
    height: 0,
    inkPixels: 0,
    colours: 0,
    dataUrlLength: 0,
  });
}

/**
 * Switches the UI language through the page's own control (not the URL). Tries, in order:
 * a data-testid'd switch, a button/link named EN/English, a <select> offering 'en'.
 */
export async function switchLanguage(page: Page, lang: 'en' | 'vi'): Promise<string> {
  const label = lang === 'en' ? /^(en|eng|english|tiếng anh)$/i : /^(vi|vn|tiếng việt|vietnamese)$/i;
  for (const testid of ['language-switch', 'lang-switch', 'lang-toggle', 'language-toggle', `lang-${lang}`]) {
    const el = page.locator(`[data-testid="${testid}"]`).first();
    if ((await el.count()) === 0) continue;
    const tag = await el.evaluate((n) => n.tagName.toLowerCase());
    if (tag === 'select') {
      await el.selectOption(lang);
      return `select[data-testid=${testid}]`;
    }
    const inner = el
      .getByRole('button', { name: label })
      .or(el.getByRole('link', { name: label }))
      .first();
    if ((await inner.count()) > 0) {
      await inner.click();
      return `[data-testid=${testid}] ${lang}`;
    }
    await el.click();
    return `[data-testid=${testid}]`;
  }
  for (const role of ['button', 'link', 'radio', 'tab', 'menuitemradio'] as const) {
    const el = page.getByRole(role, { name: label }).first();
    if ((await el.count()) > 0) {
      await el.click();
      return `${role} "${lang}"`;
    }
  }
  const selects = page.locator('select');
  for (let i = 0; i < (await selects.count()); i++) {
    const sel = selects.nth(i);
    const has = await sel.evaluate(
      (s, l) => [...(s as HTMLSelectElement).options].some((o) => o.value === l),
      lang,
    );
    if (has) {
      await sel.selectOption(lang);
      return `select option ${lang}`;
    }
  }
  throw new Error(`No language switch found for "${lang}" (looked for data-testid, button/link, select).`);
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return join(ARTIFACTS_DIR, ascii.replace(/[^\w.-]+/g, '_').slice(0, 120));
}

export async function saveScreenshot(page: Page, name: string): Promise<string | null> {
  const path = artifactPath(name.endsWith('.png') ? name : `${name}.png`);
  try {
    await page.screenshot({ path, fullPage: true, timeout: 15_000 });
    return path;
  } catch {
    return null;
  }
}

// Playwright's web-first matchers are not available under vitest's expect: these poll instead.
const POLL = { timeout: 15_000, interval: 100 };

export async function expectAttribute(
  page: Page,
  selector: string,
  name: string,
  value: string,
): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .locator(selector)
          .first()
          .getAttribute(name, { timeout: 1_000 })
          .catch(() => null),
      {
        ...POLL,
        message: `${selector}[${name}]`,
      },
    )
    .toBe(value);
}

export async function expectCount(page: Page, selector: string, count: number): Promise<void> {
  await expect
    .poll(() => page.locator(selector).count(), { ...POLL, message: `count of ${selector}` })
    .toBe(count);
}

export async function expectVisible(page: Page, selector: string, timeout = POLL.timeout): Promise<void> {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${selector} is not visible (waited ${timeout / 1000} s)`);
  }
}

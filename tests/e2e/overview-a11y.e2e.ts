// The Overview by keyboard and on a phone, in the built app (headless Chromium): sorting the dimension table
// from its headers, a focus ring you can see on every control (not clipped, at least 3:1), the sample badge's
// explanation (not clipped, closes on Escape), a 390 px screen that never scrolls sideways, and axe on every
// view at 1366 and 390 px in both languages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { VIEW_IDS } from '../../src/state/url-state.ts';
import { expectCount, saveScreenshot, SEL, textOf, waitForApp } from './helpers/app.ts';
import { expectNoProblems, setupE2ESession } from './helpers/session.ts';
import { tabTo } from './helpers/keyboard.ts';

const session = setupE2ESession({ sharedPage: true });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const nfc = (s: string): string => s.normalize('NFC');

/** How the focused element's ring looks: style, width, contrast with what is behind it, what clips it. */
interface FocusRing {
  /** The element's place in the document: two controls with the same label (two sample badges) stay apart. */
  key: number;
  label: string;
  outlineStyle: string;
  outlineWidthPx: number;
  /** Contrast ratio of the outline colour against the nearest painted background around the element. */
  contrast: number;
  /** The first ancestor whose overflow box cuts into the ring (null: the whole ring is drawn). */
  clippedBy: string | null;
}

async function focusedRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return null;
    const describe = (node: Element): string =>
      `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${
        typeof node.className === 'string' && node.className ? `.${node.className.split(' ').join('.')}` : ''
      }`;
    const rgb = (colour: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(colour);
      const parts = (m?.[1] ?? '0,0,0,0')
        .split(/[,\s/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: [number, number, number, number]): number => {
      const lin = (c: number): number => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth) || 0;
    const extent = width + Math.max(0, parseFloat(style.outlineOffset) || 0);
    const rect = el.getBoundingClientRect();
    const ring = {
      left: rect.left - extent,
      top: rect.top - extent,
      right: rect.right + extent,
      bottom: rect.bottom + extent,
    };
    let clippedBy: string | null = null;
    let background: [number, number, number, number] = [255, 255, 255, 1];
    let foundBackground = false;
    for (let node = el.parentElement; node && node !== document.documentElement; node = node.parentElement) {
      const cs = getComputedStyle(node);
      if (!foundBackground && rgb(cs.backgroundColor)[3] > 0) {
        background = rgb(cs.backgroundColor);
        foundBackground = true;
      }
      if (clippedBy !== null || node === document.body) continue;
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const box = node.getBoundingClientRect();
      const clip = {
        left: box.left + (parseFloat(cs.borderLeftWidth) || 0),
        top: box.top + (parseFloat(cs.borderTopWidth) || 0),
        right: box.right - (parseFloat(cs.borderRightWidth) || 0),
        bottom: box.bottom - (parseFloat(cs.borderBottomWidth) || 0),
      };
      const slack = 0.5;
      if (
        ring.left < clip.left - slack ||
        ring.top < clip.top - slack ||
        ring.right > clip.right + slack ||
        ring.bottom > clip.bottom + slack
      )
        clippedBy = describe(node);
    }
    const a = luminance(rgb(style.outlineColor));
    const b = luminance(background);
    return {
      key: [...document.querySelectorAll('*')].indexOf(el),
      label: `${describe(el)} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`,
      outlineStyle: style.outlineStyle,
      outlineWidthPx: width,
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
      clippedBy,
    };
  });
}

function expectVisibleRing(ring: FocusRing | null, what: string): void {
  expect(ring, `${what}: something has focus`).not.toBeNull();
  if (ring === null) return;
  expect(ring.outlineStyle, `${what} ${ring.label}: outline style`).not.toBe('none');
  expect(ring.outlineWidthPx, `${what} ${ring.label}: outline width`).toBeGreaterThanOrEqual(2);
  expect(ring.contrast, `${what} ${ring.label}: ring contrast`).toBeGreaterThanOrEqual(3);
  expect(ring.clippedBy, `${what} ${ring.label}: ring clipped by`).toBeNull();
}

const sortStates = (page: Page): Promise<string[]> =>
  page
    .locator(`${SEL.dimensionTable} thead th`)
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort') ?? ''));

/** Scores in the table's second column, top to bottom, as numbers. */
const scoreColumn = async (page: Page): Promise<number[]> =>
  (await page.locator(`${SEL.dimensionTable} tbody tr td:nth-of-type(1)`).allTextContents()).map((text) =>
    Number(text.replace(',', '.')),
  );

describe('Overview by keyboard and on a phone (built app, headless Chromium)', () => {
  test('sorts the dimension table from its headers with Enter and Space; aria-sort follows', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024&lang=vi');
    await waitForApp(page);
    await expectCount(page, `${SEL.dimensionTable} ${SEL.dimensionRow}`, 8);
    // The stated default: by rank, lowest on top.
    expect(await sortStates(page)).toEqual(['none', 'none', 'none', 'descending', 'none', 'none']);

    await tabTo(page, `${SEL.dimensionTable} thead th:nth-child(2) button`, 80);
    await page.keyboard.press('Enter');
    await expect.poll(() => sortStates(page)).toEqual(['none', 'ascending', 'none', 'none', 'none', 'none']);
    const ascending = await scoreColumn(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(nfc(await textOf(page, '[data-testid="table-order"]'))).toMatch(
      /^Đang xếp theo cột “Điểm”, tăng dần\. Biểu đồ khoảng cách bên dưới vẫn theo thứ tự mặc định/,
    );

    await page.keyboard.press('Space');
    await expect.poll(() => sortStates(page)).toEqual(['none', 'descending', 'none', 'none', 'none', 'none']);
    const descending = await scoreColumn(page);
    expect(descending).toEqual([...ascending].reverse());
    expectVisibleRing(await focusedRing(page), 'sort button');

    // Back to the stated order with the button next to the order sentence.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Shift+Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (nfc(name) === 'Về thứ tự mặc định') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => sortStates(page)).toEqual(['none', 'none', 'none', 'descending', 'none', 'none']);
  });

  test('the badge on the completion column opens over the table, unclipped, and closes on Escape', async () => {
    const { page } = session;
    await session.open('?province=P43&year=2024&lang=vi');
    await waitForApp(page);
    const badge = page.locator('[data-testid="sample-badge-column"]');
    const explanation = page.locator('[data-testid="sample-badge-column-explanation"]');
    await tabTo(page, '[data-testid="sample-badge-column"]', 80);
    expect(await badge.getAttribute('title')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => explanation.isVisible(), { timeout: 5_000 }).toBe(true);
    // Drawn whole and on top: the point at each corner of the explanation hits the explanation itself.
    const hits = await explanation.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const inside = [
        [r.left + 3, r.top + 3],
        [r.right - 3, r.top + 3],
        [r.left + 3, r.bottom - 3],
        [r.right - 3, r.bottom - 3],
      ] as const;
      return inside.map(([x, y]) => el.contains(document.elementFromPoint(x, y)));
    });
    expect(hits).toEqual([true, true, true, true]);
    await saveScreenshot(page, 'overview-vi-column-badge-open.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => explanation.isVisible(), { timeout: 5_000 }).toBe(false);
  });

  test('every control on the page shows a focus ring you can see, walking it with Tab (1366 and 390 px)', async () => {
    const { page } = session;
    for (const viewport of [{ width: 1366, height: 768 }, PHONE]) {
      await page.setViewportSize(viewport);
      await session.open('?province=P43&year=2024&lang=vi');
      await waitForApp(page);
      await expectCount(page, `${SEL.dimensionTable} ${SEL.dimensionRow}`, 8);
      const seen: string[] = [];
      const visited = new Set<number>();
      let stop = 'after 60 presses';
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const ring = await focusedRing(page);
        if (ring === null) {
          stop = 'focus left the page';
          break;
        }
        // Back at a control already walked (Tab has wrapped round the page): every stop has been seen.
        if (visited.has(ring.key)) {
          stop = `back at ${ring.label}`;
          break;
        }
        visited.add(ring.key);
        seen.push(ring.label);
        expectVisibleRing(ring, `${viewport.width} px, stop ${i + 1}`);
      }
      expect(
        seen.length,
        `controls reached at ${viewport.width} px (${stop}): ${seen.join(' | ')}`,
      ).toBeGreaterThan(12);
    }
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`390 px (${lang}): no sideways page scroll, tabs whole, the table keeps its first column and says it scrolls`, async () => {
      const { page } = session;
      await page.setViewportSize(PHONE);
      await session.open(`?province=P43&year=2024&lang=${lang}`);
      await waitForApp(page);
      await expectCount(page, `${SEL.dimensionTable} ${SEL.dimensionRow}`, 8);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );

      // Every sample badge is a tap target of at least 24×24 px (WCAG 2.5.8).
      const badges = await page
        .locator('.sample-badge')
        .evaluateAll((els) =>
          els.map((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height]),
        );
      expect(badges.length, 'sample badges on the Overview').toBeGreaterThan(0);
      for (const [width = 0, height = 0] of badges) {
        expect(Math.min(width, height), 'badge target size (px)').toBeGreaterThanOrEqual(24);
      }

      // The views are in the header's panel on a phone: its button opens it.
      await page.locator('[data-testid="header-panel-button"]').click();
      const tabs = await page
        .locator('nav a')
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.left, r.right]));
      expect(tabs.length).toBe(VIEW_IDS.length);
      for (const [left = -1, right = Infinity] of tabs) {
        expect(left, 'tab starts on screen').toBeGreaterThanOrEqual(0);
        expect(right, 'tab ends on screen').toBeLessThanOrEqual(PHONE.width);
      }

      // The language switch and a nav tab, focused by keyboard: ring drawn whole.
      await page.locator('[data-testid="language-switch"] button').first().focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expectVisibleRing(await focusedRing(page), 'language switch');
      await tabTo(page, '[data-testid="nav-dimensions"]', 80);
      expectVisibleRing(await focusedRing(page), 'nav tab');
      await page.keyboard.press('Escape');

      // Scrolled to, as a reader does: below a phone's first screen, the table is laid out once it comes near.
      // Its columns do not fit 390 px in either language, so it scrolls sideways and says so.
      const scroll = page.locator('.table-scroll');
      await scroll.scrollIntoViewIfNeeded();
      await expect
        .poll(() => scroll.evaluate((el) => el.scrollWidth > el.clientWidth + 1), {
          message: 'table overflows',
        })
        .toBe(true);
      await expect
        .poll(() => page.locator('[data-testid="scroll-region-hint"]').isVisible(), {
          message: 'scroll hint',
        })
        .toBe(true);
      const firstCell = page.locator(`${SEL.dimensionTable} tbody th`).first();
      const before = await firstCell.boundingBox();
      await scroll.evaluate((el) => el.scrollBy({ left: 400 }));
      // It stays put, but for the scroll box's 6 px padding: once the box scrolls, the sticky column moves over
      // that padding so no scrolled column can peek out on its left (components/scroll-region.css).
      await expect
        .poll(async () => Math.abs(((await firstCell.boundingBox())?.x ?? Infinity) - (before?.x ?? 0)))
        .toBeLessThanOrEqual(6.5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await scroll.evaluate((el) => el.scrollTo({ left: 0 }));
      await saveScreenshot(page, `overview-${lang}-390.png`);
    });
  }

  // axe-core (dev dependency) evaluated in the page: playwright's evaluate is not subject to the app's CSP.
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  /** Every axe violation on the page as "rule-id: target, target (help)", one line each. */
  async function axeViolations(page: Page): Promise<string[]> {
    const injected = await page.evaluate(() => 'axe' in window);
    if (!injected) await page.evaluate(AXE_SOURCE);
    return page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
      };
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')} (${v.help})`,
      );
    });
  }

  for (const viewport of [DESKTOP, PHONE]) {
    test(`axe finds no violation on any view at ${viewport.width}×${viewport.height}, in Vietnamese and English, once the data is ready`, async () => {
      const { page } = session;
      await page.setViewportSize(viewport);
      const found: string[] = [];
      // The same page throughout: each language's views opened in turn (in-page navigation, no new start).
      for (const lang of ['vi', 'en'] as const) {
        for (const view of VIEW_IDS) {
          await session.open(`?province=P43&year=2024&lang=${lang}&view=${view}`);
          await expect.poll(() => page.locator('main h1').textContent(), { timeout: 15_000 }).not.toBe('');
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          for (const line of await axeViolations(page)) found.push(`${lang} ${view}: ${line}`);
        }
        // The new Lâm Đồng's Overview: its predecessors' table, which scrolls within its box on a phone.
        await session.open(`?province=68&lang=${lang}&view=overview`);
        await page.locator('[data-testid="predecessor-latest"]').waitFor({ timeout: 15_000 });
        for (const line of await axeViolations(page)) found.push(`${lang} new province 68: ${line}`);
      }
      // Every violation of every view in one failure message.
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  test('whole session: no request to another origin, no console error, no page error, no CSP violation', () => {
    expectNoProblems(session.browser.problems);
  });
});

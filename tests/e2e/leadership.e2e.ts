// Leadership at a glance on the Overview (built app, headless Chromium): the plan's goal met or not, a traffic
// light per dimension, a target kept in the browser and drawn on the dimension's chart, and the briefing
// summary with traceable figures and a copy button; vi and en, 1366 and 390 px. On a phone: the glance (goal,
// three weakest, completion) in the first screen from the build-time seed, before the engine is live; the
// header in one row whose button opens the pickers and the views; the engine's loading dock covering nothing.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DATA_READY_MARK,
  saveScreenshot,
  switchLanguage,
  waitForApp,
  waitForDataReady,
} from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession({ sharedPage: true });

const GOAL = '[data-testid="goal-panel"]';
const LIGHT_ROW = '[data-testid="light-row"]';
const SUMMARY = '[data-testid="summary-text"]';
const TRACE = '[data-testid="trace"]';

const clean = (text: string | null): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

async function openOverview(page: Page, query: string): Promise<void> {
  await session.open(query);
  await waitForApp(page);
  await page.locator(SUMMARY).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** The summary as a reader sees it: each sentence's text without the (hidden) source tips. */
async function summarySentences(page: Page): Promise<string[]> {
  return page.locator(`${SUMMARY} p`).evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const tip of copy.querySelectorAll('[role="tooltip"]')) tip.remove();
      return (copy.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    }),
  );
}

const PHONE = { width: 390, height: 844 };
const GLANCE = '[data-testid="first-glance"]';
const PANEL_BUTTON = '[data-testid="header-panel-button"]';

/** What the phone glance says: the goal's two checks, the weakest dimensions, the completion line. */
async function readGlance(page: Page): Promise<Record<string, unknown>> {
  const text = async (selector: string): Promise<string> =>
    clean(await page.locator(`${GLANCE} ${selector}`).textContent());
  return {
    score: await text('[data-testid="first-glance-score"]'),
    scoreVerdict: await page.locator('[data-testid="first-glance-score"]').getAttribute('data-verdict'),
    group: await text('[data-testid="first-glance-group"]'),
    groupVerdict: await page.locator('[data-testid="first-glance-group"]').getAttribute('data-verdict'),
    weakest: (await page.locator(`${GLANCE} [data-testid="first-glance-weakest"] li`).allTextContents()).map(
      clean,
    ),
    completion: await text('[data-testid="first-glance-completion"]'),
  };
}

const dataReady = (page: Page): Promise<boolean> =>
  page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length > 0, DATA_READY_MARK);

/** The element's box in page coordinates (the page is not scrolled in these tests). */
async function box(page: Page, selector: string): Promise<{ top: number; bottom: number; height: number }> {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} has no box`);
  return { top: found.y, bottom: found.y + found.height, height: found.height };
}

async function lights(page: Page): Promise<Record<string, string>> {
  const rows = await page
    .locator(LIGHT_ROW)
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-dimension'), el.getAttribute('data-light')]),
    );
  return Object.fromEntries(rows);
}

describe('Leadership at a glance (built app, headless Chromium)', () => {
  test('Đắk Nông 2024: score up ✓ +1,57, group up ✗ still Thấp, 1,40 points to go, lights with the falls', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openOverview(page, '?province=P43&year=2024&lang=vi');
    const goal = page.locator(GOAL);
    expect(clean(await goal.locator('h2').textContent())).toBe('Mục tiêu của Kế hoạch 474/KH-UBND');
    expect(await page.locator('[data-testid="goal-score"]').getAttribute('data-verdict')).toBe('met');
    expect(clean(await page.locator('[data-testid="goal-score"]').textContent())).toBe(
      '✓Tăng điểm sốđạt+1,57 (38,97 → 40,54)',
    );
    expect(await page.locator('[data-testid="goal-group"]').getAttribute('data-verdict')).toBe('not_met');
    expect(clean(await page.locator('[data-testid="goal-group"]').textContent())).toContain('vẫn nhóm Thấp');
    expect(clean(await page.locator('[data-testid="goal-distance"]').textContent())).toBe(
      'Còn thiếu 1,40 điểm để vào nhóm Trung bình thấp (ngưỡng năm 2024: 41,94).',
    );
    expect(clean(await page.locator('[data-testid="goal-reserves"] li').first().textContent())).toBe(
      '4. Kiểm soát tham nhũng trong khu vực công −0,69',
    );
    // The goal and the lights are above the fold at 1366x768: the answer at a glance.
    const goalBox = await goal.boundingBox();
    const lightsBox = await page.locator('[data-testid="lights-panel"]').boundingBox();
    expect(goalBox?.y ?? 9999).toBeLessThan(768);
    expect(lightsBox?.y ?? 9999).toBeLessThan(768);

    expect(await lights(page)).toEqual({
      '1': 'amber',
      '2': 'red',
      '3': 'amber',
      '4': 'red',
      '5': 'red',
      '6': 'red',
      '7': 'red',
      '8': 'amber',
    });
    const fell = await page
      .locator(`${LIGHT_ROW}:has([data-testid="light-fell"])`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-dimension')));
    expect(fell.sort()).toEqual(['1', '5']);
    expect(clean(await page.locator('[data-testid="lights-rule"]').textContent())).toContain(
      'đỏ: nhóm Thấp; vàng: Trung bình thấp; xanh: Trung bình cao hoặc Cao',
    );
    await saveScreenshot(page, 'leadership-1366-vi');
  });

  test('the summary: sentences from the data, each figure shows its source on hover and on Tab, copy copies it', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.url()).origin,
    });
    await openOverview(page, '?province=P43&year=2024&lang=vi');
    const sentences = await summarySentences(page);
    expect(sentences.slice(0, 3)).toEqual([
      'Năm 2024, Đắk Nông đạt 40,54 điểm (+1,57 so với năm 2023), xếp hạng 58/61, nhóm Thấp.',
      'Mục tiêu của Kế hoạch 474/KH-UBND (tăng điểm số, tăng nhóm so với năm 2023): tăng điểm — đạt; tăng nhóm — chưa đạt (vẫn nhóm Thấp).',
      'Cần thêm 1,40 điểm để vào nhóm Trung bình thấp (ngưỡng 41,94 điểm).',
    ]);
    expect(sentences.at(-1)).toContain('(dữ liệu minh họa)');

    // Hover: the first figure (the total) shows where it comes from.
    const first = page.locator(TRACE).first();
    const tip = first.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await first.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(clean(await tip.textContent())).toContain('CECODES & UNDP, PAPI 2024');
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);

    // Keyboard: Tab reaches the figures (one stop), an arrow key the next; the focused one shows its source.
    await page.locator('[data-testid="summary-copy"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const tipId = el?.getAttribute('aria-describedby') ?? '';
      const tipEl = document.getElementById(tipId);
      return {
        isTrace: el?.getAttribute('data-testid') === 'trace',
        tipVisible: tipEl !== null && getComputedStyle(tipEl).display !== 'none',
        tip: tipEl?.textContent ?? '',
      };
    });
    expect(focused.isTrace).toBe(true);
    expect(focused.tipVisible).toBe(true);
    // The second figure is the change: its source says which two totals it subtracts.
    expect(clean(focused.tip)).toBe('Nguồn: Điểm năm 2024 (40,54) trừ điểm năm 2023 (38,97), PAPI.');
    await saveScreenshot(page, 'leadership-1366-vi-focus');

    await page.locator('[data-testid="summary-copy"]').click();
    await expect
      .poll(async () => clean(await page.locator('[data-testid="summary-status"]').textContent()))
      .toBe('Đã sao chép tóm tắt.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.normalize('NFC').split('\n')).toEqual(sentences);
  });

  test('a target set for a dimension is kept across reloads and drawn on its Scores vs tasks panel', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openOverview(page, '?province=P43&year=2024&lang=vi');
    await page.locator('[data-testid="target-editor"] summary').click();
    await page.locator('[data-testid="target-kind-2"]').selectOption('median');
    const row2 = page.locator(`${LIGHT_ROW}[data-dimension="2"] [data-testid="light-target"]`);
    await expect.poll(async () => clean(await row2.textContent())).toBe('Mục tiêu 5,33: còn 0,62');
    await page.locator('[data-testid="target-kind-6"]').selectOption('value');
    await page.locator('[data-testid="target-value-6"]').fill('7');
    await page.locator('[data-testid="target-value-6"]').press('Enter');
    const row6 = page.locator(`${LIGHT_ROW}[data-dimension="6"] [data-testid="light-target"]`);
    await expect.poll(async () => clean(await row6.textContent())).toBe('Đạt mục tiêu 7,00');
    await page.locator('[data-testid="target-value-6"]').fill('11');
    await page.locator('[data-testid="target-value-6"]').press('Enter');
    expect(clean(await page.locator('[data-testid="target-editor"] [role="alert"]').textContent())).toBe(
      'Nhập một số từ 1 đến 10.',
    );

    await page.reload();
    await waitForApp(page);
    await expect.poll(async () => clean(await row2.textContent())).toBe('Mục tiêu 5,33: còn 0,62');
    expect(clean(await row6.textContent())).toBe('Đạt mục tiêu 7,00');

    await session.open('?view=scores-vs-tasks&province=P43&year=2024&lang=vi');
    const panel2 = page.locator('[data-testid="chart-score-completion-2"]');
    await panel2.waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(async () => (await panel2.getAttribute('aria-label')) ?? '').toContain('Mục tiêu 5,33');
    expect(
      (await page.locator('[data-testid="chart-score-completion-3"]').getAttribute('aria-label')) ?? '',
    ).not.toContain('Mục tiêu');
    await saveScreenshot(page, 'leadership-svt-target-1366-vi');
  });

  test('390 px, English: nothing scrolls sideways; the goal and lights read in English', async () => {
    // Without the targets the test before kept in this origin's storage.
    const page = await session.freshPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openOverview(page, '?province=P43&year=2024&lang=vi');
    await switchLanguage(page, 'en');
    await expect
      .poll(async () => clean(await page.locator(`${GOAL} h2`).textContent()))
      .toBe('Goal of Plan 474/KH-UBND');
    const sentences = await summarySentences(page);
    expect(sentences[0]).toBe('In 2024, Dak Nong scored 40.54 (+1.57 on 2023), ranked 58/61, group Low.');
    expect(sentences[1]).toBe(
      'Goal of Plan 474/KH-UBND (a higher score and a higher group than in 2023): score up — met; group up — not met (still Low).',
    );
    await page.locator(TRACE).first().focus();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'leadership-390-en');
    await switchLanguage(page, 'vi');
    await page.locator(SUMMARY).first().waitFor({ state: 'visible' });
    await saveScreenshot(page, 'leadership-390-vi');
  });

  test('a province without a plan, and 2018 after the series break, give sensible sentences', async () => {
    const { page } = session;
    await openOverview(page, '?province=P01&year=2024&lang=vi');
    expect(clean(await page.locator(`${GOAL} h2`).textContent())).toBe('So với năm 2023');
    expect((await summarySentences(page))[1]).toBe(
      'Chưa có kế hoạch cải thiện PAPI nào của Hà Nội được nạp, nên không có mục tiêu để đối chiếu.',
    );
    await openOverview(page, '?province=P43&year=2018&lang=en');
    const sentences = await summarySentences(page);
    expect(sentences[0]).toContain('not comparable with 2017: the total went from 6 to 8 dimensions');
    expect(sentences[1]).toBe('Plan 474/KH-UBND aims at 2024; its goal is checked against the 2024 scores.');
    expect(await page.locator('[data-testid="goal-score"]').getAttribute('data-verdict')).toBe(
      'not_comparable',
    );
  });

  for (const lang of ['vi', 'en'] as const) {
    test(`390 px (${lang}): the glance is in the first screen from the seed before the engine is live, and the same after`, async () => {
      const page = await session.freshPage();
      await page.setViewportSize(PHONE);
      // Hold the DuckDB wasm, so "before the engine is live" is a fact, not a race.
      const wasm = session.browser.hold(/\.wasm(\?|$)/);
      let seeded: Record<string, unknown>;
      try {
        await page.goto(session.url(`?province=P43&year=2024&lang=${lang}`), {
          waitUntil: 'domcontentloaded',
        });
        await page
          .locator('[data-testid="first-glance-completion"]')
          .waitFor({ state: 'visible', timeout: 30_000 });
        expect(await dataReady(page), 'engine still held').toBe(false);
        seeded = await readGlance(page);
        expect(seeded.scoreVerdict).toBe('met');
        expect(seeded.score).toContain(lang === 'vi' ? '+1,57' : '+1.57');
        expect(seeded.groupVerdict).toBe('not_met');
        expect(seeded.group).toContain(lang === 'vi' ? 'vẫn nhóm Thấp' : 'still Low');
        expect(seeded.weakest).toHaveLength(3);
        expect(seeded.weakest).toEqual(
          expect.arrayContaining([
            lang === 'vi'
              ? '4. Kiểm soát tham nhũng trong khu vực công −0,69'
              : expect.stringMatching(/^4\. .* −0\.69$/),
          ]),
        );
        expect(seeded.completion).toMatch(
          lang === 'vi'
            ? /^Tiến độ Kế hoạch 474\/KH-UBND đến Quý [IV]+\/\d{4}/
            : /^Progress of Plan 474\/KH-UBND as of Q\d \d{4}/,
        );
        expect(await page.locator('[data-testid="first-glance-sample-badge"]').isVisible()).toBe(true);

        // All three answers are inside the first 844 px, under a one-row header.
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        for (const part of ['first-glance-score', 'first-glance-weakest', 'first-glance-completion']) {
          expect((await box(page, `[data-testid="${part}"]`)).bottom, part).toBeLessThanOrEqual(PHONE.height);
        }
        expect((await box(page, 'header.app-header')).height).toBeLessThanOrEqual(100);
        // The engine's loading dock takes its own space: above the main content, overlapping nothing.
        // It speaks the page's language from the first paint (an English load once flashed a Vietnamese line).
        const dockText = clean(await page.locator('[data-testid="seed-engine-progress"]').textContent());
        expect(dockText).toContain(lang === 'vi' ? 'Đang tải cơ sở dữ liệu' : 'Loading the database');
        if (lang === 'en') expect(dockText).not.toMatch(/Đang|tải/);
        const dock = await box(page, '[data-testid="seed-engine-progress"]');
        expect(dock.bottom).toBeLessThanOrEqual((await box(page, '#main')).top);
        expect(dock.top).toBeGreaterThanOrEqual((await box(page, 'header.app-header')).bottom);
        await saveScreenshot(page, `leadership-glance-seed-390-${lang}`);

        await page.setViewportSize({ width: 1366, height: 768 });
        const wideDock = await box(page, '[data-testid="seed-engine-progress"]');
        expect(wideDock.bottom).toBeLessThanOrEqual((await box(page, '#main')).top);
        expect(await page.locator(GLANCE).isVisible(), 'the wide screen shows the goal panel instead').toBe(
          false,
        );
        await saveScreenshot(page, `leadership-glance-seed-1366-${lang}`);
        await page.setViewportSize(PHONE);
      } finally {
        wasm.release();
      }
      await waitForDataReady(page);
      await page.locator(SUMMARY).first().waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.locator('[data-testid="seed-engine-progress"]').count()).toBe(0);
      // Live DuckDB says the same, and the glance agrees with the goal panel and the summary below it.
      expect(await readGlance(page)).toEqual(seeded);
      const reserves = (await page.locator('[data-testid="goal-reserves"] li').allTextContents()).map(clean);
      expect(seeded.weakest).toEqual(reserves);
      const pairs = /(\d+)\/(\d+)/.exec(String(seeded.completion));
      expect(pairs).not.toBeNull();
      expect((await summarySentences(page)).at(-1)).toContain(`${pairs?.[1]}/${pairs?.[2]}`);
      await saveScreenshot(page, `leadership-glance-live-390-${lang}`);
    });
  }

  test('390 px: the header is one row; its button opens the pickers and the views, Escape closes and returns focus', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await openOverview(page, '?province=P43&year=2024&lang=vi');
    const button = page.locator(PANEL_BUTTON);
    const select = page.locator('[data-testid="province-select"]');
    const navLink = page.locator('[data-testid="nav-plan"]');
    expect(clean(await button.textContent())).toContain('Đắk Nông · 2024');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await select.isVisible()).toBe(false);
    expect(await navLink.isVisible()).toBe(false);
    expect((await box(page, 'header.app-header')).height).toBeLessThanOrEqual(100);
    expect(await page.locator('[data-testid="province-lineage"]').isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    for (const testId of ['province-search', 'province-select', 'year-select', 'nav-plan']) {
      expect(await page.locator(`[data-testid="${testId}"]`).isVisible(), testId).toBe(true);
    }
    // The lineage sentence is said once: the list's chosen entry reads it, the line under it is not repeated.
    expect(clean(await select.locator('option:checked').textContent())).toBe(
      'Đắk Nông — nay thuộc tỉnh Lâm Đồng',
    );
    expect(await page.locator('[data-testid="province-lineage"]').isVisible()).toBe(false);
    // The panel follows its button: Tab goes into it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'province-search',
    );
    await saveScreenshot(page, 'header-panel-open-390-vi');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'header-panel-button',
    );
    expect(await select.isVisible()).toBe(false);

    // A view chosen in the panel closes it.
    await button.click();
    await navLink.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.url()).toContain('view=plan');

    // At 1366 the header stays as it was: pickers and views shown, no panel button.
    await page.setViewportSize({ width: 1366, height: 768 });
    await openOverview(page, '?province=P43&year=2024&lang=en');
    expect(await button.isVisible()).toBe(false);
    expect(await select.isVisible()).toBe(true);
    expect(await navLink.isVisible()).toBe(true);
    await saveScreenshot(page, 'leadership-1366-en');
  });
});

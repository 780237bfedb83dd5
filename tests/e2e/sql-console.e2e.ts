// The SQL console in the built app (headless Chromium): an example answered with Ctrl+Enter, a typed query
// and its CSV, a hostile statement refused with the data intact, DuckDB's fault marked in the editor,
// 100,000 rows rendered (timed), a runaway query cancelled while the page stays responsive, the quick
// chart, and the history kept across a reload.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectVisible, saveScreenshot, textOf } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { reportTiming } from './helpers/timings.ts';

const session = setupE2ESession({ sharedPage: true });

const DATA_VI = '?province=P43&year=2024&lang=vi&view=data';
const DATA_EN = '?province=P43&year=2024&lang=en&view=data';
const nfc = (s: string): string => s.normalize('NFC');

const RUN = '[data-testid="sql-console-run"]';
const STATUS = '[data-testid="sql-console-status"]';
const ROW = '[data-testid="sql-console-row"]';

async function openConsole(page: Page, query = DATA_VI): Promise<void> {
  await session.open(query);
  await expectVisible(page, '[data-testid="sql-console-editor"] .cm-content', 60_000);
  await expect.poll(() => page.locator(RUN).isEnabled(), { timeout: 60_000 }).toBe(true);
}

/** Replaces the editor's text (typed as a paste: no auto-closing brackets) and runs it with Ctrl+Enter. */
async function typeAndRun(page: Page, sql: string): Promise<void> {
  await page.locator('[data-testid="sql-console-editor"] .cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
}

async function statusText(page: Page): Promise<string> {
  return nfc((await page.locator(STATUS).textContent()) ?? '');
}

describe('SQL console (built app, headless Chromium)', () => {
  test('answers "which sub-dimensions of Đắk Nông fell two years running?" from the example, with Ctrl+Enter', async () => {
    const { page } = session;
    await openConsole(page);
    await page.getByRole('button', { name: 'Đắk Nông: chỉ số thành phần giảm điểm hai năm liền' }).click();
    await page.locator('[data-testid="sql-console-editor"] .cm-content').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^\d+ dòng · \d+ ms$/);
    const header = nfc(await textOf(page, '[data-testid="sql-console-results"] [role="columnheader"]'));
    expect(header).toBe('indicator');
    const firstRow = nfc((await page.locator(ROW).first().textContent()) ?? '');
    expect(firstRow).toMatch(/\d\.\d/); // a sub-dimension code such as 1.1
    // Numbers per locale: a decimal comma in Vietnamese.
    expect(firstRow).toMatch(/\d,\d/);
    // The quick chart draws the result.
    await expectVisible(page, '[data-testid="chart-sql-result"] canvas');
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, 'sql-console-1366-vi');
  });

  test('SELECT * FROM scores charts score by year by default, in an editor font that draws "số" whole', async () => {
    const { page } = session;
    await openConsole(page);
    await typeAndRun(page, "SELECT * FROM scores WHERE province_code = 'P43' AND level = 'total' -- số");
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^\d+ dòng/);
    const chosen = async (testId: string) =>
      page
        .locator(`[data-testid="${testId}"]`)
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
    expect(await chosen('sql-console-chart-x')).toBe('year');
    expect(await chosen('sql-console-chart-y')).toBe('score');
    const editorFont = await page
      .locator('[data-testid="sql-console-editor"] .cm-scroller')
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(editorFont.startsWith('"Be Vietnam Pro"')).toBe(true);
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...document.fonts].some(
              (face) => face.family.includes('Be Vietnam Pro') && face.status === 'loaded',
            ),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
  });

  test('a typed query, its CSV (BOM, ; and decimal comma in Vietnamese, formula-safe), and the history after a reload', async () => {
    const { page } = session;
    await openConsole(page);
    const sql = "SELECT 1.5 AS x, '=HYPERLINK(\"http://x\")' AS f, -2 AS n, 'Đắk Nông' AS tinh";
    await typeAndRun(page, sql);
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^1 dòng/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="sql-console-download"]').click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path).toString('utf8');
    // The formula gets an apostrophe (and quotes, as it holds quotes); the negative number stays a number.
    expect(csv).toBe('\uFEFFx;f;n;tinh\r\n1,5;"\'=HYPERLINK(""http://x"")";-2;Đắk Nông\r\n');

    await page.reload();
    await expectVisible(page, '[data-testid="sql-console-history"]', 60_000);
    expect(nfc(await textOf(page, '[data-testid="sql-console-history"]'))).toContain('SELECT 1.5 AS x');
  });

  test('refuses a hostile statement and leaves the data as it was', async () => {
    const { page } = session;
    await openConsole(page);
    await typeAndRun(page, 'SELECT count(*) AS n FROM scores');
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^1 dòng/);
    const before = await page.locator(ROW).first().textContent();

    for (const hostile of [
      'DROP TABLE scores',
      'SELECT 1; DELETE FROM scores',
      "COPY scores TO 'x.csv'",
      'SET threads = 1',
    ]) {
      await typeAndRun(page, hostile);
      await expectVisible(page, '[data-testid="sql-console-refused"]');
    }
    expect(nfc(await textOf(page, '[data-testid="sql-console-refused"]'))).toContain(
      'Không chạy câu lệnh này',
    );

    await typeAndRun(page, 'SELECT count(*) AS n FROM scores');
    await expectVisible(page, ROW);
    expect(await page.locator(ROW).first().textContent()).toBe(before);
  });

  test("shows DuckDB's message and marks the fault's line and column in the editor", async () => {
    const { page } = session;
    await openConsole(page);
    await typeAndRun(page, 'SELECT year,\n  nope\nFROM scores');
    await expectVisible(page, '[data-testid="sql-console-error"]');
    expect(nfc(await textOf(page, '[data-testid="sql-console-error"]'))).toContain(
      'Referenced column "nope" not found',
    );
    expect(nfc(await textOf(page, '[data-testid="sql-console-error-location"]'))).toBe('Dòng 2, cột 3');
    expect(await textOf(page, '[data-testid="sql-console-editor"] .cm-sql-fault')).toBe('nope');
  });

  test('renders 100,000 rows, with only the visible rows in the page (the time goes to the timings report)', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openConsole(page);
    await typeAndRun(page, 'SELECT 1 AS warm_up');
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^1 dòng/);

    await page.locator('[data-testid="sql-console-editor"] .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(
      "SELECT range AS n, range * 0.5 AS half, 'row ' || range AS label FROM range(100000)",
    );
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+Enter');
    const renderedAt = await page.waitForFunction(
      () => {
        const status = document.querySelector('[data-testid="sql-console-status"]')?.textContent ?? '';
        const rows = document.querySelectorAll('[data-testid="sql-console-row"]').length;
        return status.startsWith('100.000 dòng') && rows > 0 ? performance.now() : false;
      },
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    const elapsedMs = Number(await renderedAt.jsonValue()) - started;
    reportTiming(
      'sql console, 100,000 rows: query + render',
      elapsedMs,
      `status "${await statusText(page)}"`,
    );
    const inDom = await page.locator(ROW).count();
    expect(inDom).toBeLessThan(100);

    // Scrolling to the end shows the last row.
    await page.locator('[data-testid="sql-console-results"]').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect.poll(() => page.locator(`${ROW}[aria-rowindex="100001"]`).textContent()).toMatch(/^99\.999/);
  });

  test('cancels a runaway query while the page stays responsive', async () => {
    const { page } = session;
    await openConsole(page, DATA_EN);
    await typeAndRun(page, 'SELECT sum(a.range * b.range) AS s FROM range(200000) a, range(200000) b');
    await expect.poll(() => statusText(page)).toBe('Running…');
    // The main thread paints a frame while DuckDB works in its worker: the query (4·10¹⁰ rows) is still
    // running once the frame is drawn, so a page blocked until the query ended could not pass.
    const t0 = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    reportTiming('sql console, a frame while a query runs', Date.now() - t0);
    expect(await statusText(page)).toBe('Running…');
    await page.locator('[data-testid="sql-console-cancel"]').click();
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toBe('The query was stopped.');
    await typeAndRun(page, 'SELECT 42 AS answer');
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toMatch(/^1 row ·/);
    expect(await page.locator(ROW).first().textContent()).toBe('42');
    await saveScreenshot(page, 'sql-console-1366-en');
    await page.setViewportSize({ width: 390, height: 844 });
    // The chart follows its container's new width on the next frames: wait until nothing is wider than the phone.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'sql-console-390-en');
  });

  test('a chart\'s "Xem truy vấn" opens the console with its SQL and gets the chart\'s rows', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open('?province=P43&year=2024&lang=vi&view=overview');
    const button = page.locator('[data-testid="chart-total-trend-menu-button"]');
    await button.waitFor({ timeout: 60_000 });
    await button.click();
    await page.getByRole('menuitem', { name: 'Xem truy vấn' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 30_000 }).toBe('data');
    // The province is written into the query as a literal, and the run answers one row per year 2011–2024.
    await expect
      .poll(() => page.locator('[data-testid="sql-console-editor"] .cm-content').textContent(), {
        timeout: 60_000,
      })
      .toContain("'P43'");
    await expect.poll(() => statusText(page), { timeout: 60_000 }).toMatch(/^14 dòng/);
    const firstYear = nfc(await page.locator(ROW).first().innerText());
    expect(firstYear).toContain('2011');
  });

  test('the Data view copies the data in as it opens; the schema panel asks when a reader comes near, and lists every table and view', async () => {
    // A fresh start: the engine reads the bundled database in place until something writes.
    const page = await session.freshPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.open(DATA_VI);
    const sqlMeasures = (fragment: string) =>
      page.evaluate(
        (text) =>
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name.startsWith('papi:sql') && m.name.includes(text)).length,
        fragment,
      );
    // Nothing imported yet, and the console at the view's foot is far off screen.
    await expect.poll(() => sqlMeasures('COPY FROM DATABASE'), { timeout: 60_000 }).toBe(1);
    await page.locator('[data-testid="sql-console-editor"] .cm-content').waitFor({ timeout: 60_000 });
    // A schema asked at once would run right after the copy's last statement (the file detached), within ~0.3 s.
    await expect.poll(() => sqlMeasures('DETACH DATABASE'), { timeout: 60_000 }).toBeGreaterThan(1);
    await page.waitForTimeout(1500);
    // (A measure's name holds a statement's first 80 characters: the schema's names its columns.)
    expect(await sqlMeasures('t.table_type, c.column_name')).toBe(0);
    const schema = page.locator('[data-testid="sql-console-schema"]');
    await schema.scrollIntoViewIfNeeded();
    await expect.poll(() => schema.locator(':scope > li').count(), { timeout: 60_000 }).toBeGreaterThan(20);
    const summaries = (await schema.locator(':scope > li > details > summary').allInnerTexts()).map(nfc);
    expect(summaries.find((line) => line.startsWith('score_rows'))).toMatch(/^score_rows \(bảng\)/);
    expect(summaries.find((line) => line.startsWith('total_standing'))).toMatch(
      /^total_standing \(khung nhìn\)/,
    );
    // The bundled file's own objects are not listed: the schema is the writable copy's.
    expect(summaries.some((line) => line.startsWith('standing_core'))).toBe(false);
    await schema.locator(':scope > li > details > summary', { hasText: 'score_rows' }).first().click();
    expect(nfc(await schema.locator(':scope > li > details[open]').first().innerText())).toMatch(
      /province_code\s+VARCHAR/,
    );
  });

  test('on a phone the page does not scroll sideways', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await openConsole(page);
    await page.getByRole('button', { name: /tổng điểm, thứ hạng và nhóm/ }).click();
    await page.locator(RUN).click();
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/dòng/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'sql-console-390-vi');
  });
});

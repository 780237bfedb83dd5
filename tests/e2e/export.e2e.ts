// Export for briefing slides, as a user gets it: the export menu of a real chart (keyboard included), the files
// it downloads (slide PNG exactly 1920×1080 and not blank, 2× PNG, SVG with its title as text, CSV that
// round-trips), and a three-chart briefing deck that downloads as a .pptx with one picture per chart slide.
import { readFile, stat, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { artifactPath, saveScreenshot, SEL, waitForApp, waitForChartCanvas } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { pngInk, pngSize } from './helpers/png.ts';

const session = setupE2ESession({ sharedPage: true });

const TREND = 'chart-total-trend';
const TREND_TITLE = 'Đắk Nông: điểm PAPI tổng hợp 2011–2024';
const measures: Record<string, { bytes: number; ms: number; file: string }> = {};

async function openOverview(page: Page, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  await session.open(`?province=P43&year=2024&lang=${lang}`);
  await waitForApp(page);
  await waitForChartCanvas(page, SEL.chartTrend, 30_000);
}

/**
 * The page's local calendar date, yyyy-mm-dd: what the app writes into file names (src/export/file-name.ts),
 * in the browser's time zone (Vietnam's, helpers/browser.ts), not the test machine's or UTC.
 */
async function pageToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** `papi_<stem>_<date>.<extension>` for each day the export may have been dated (two if it ran across midnight). */
const datedNames = (stem: string, extension: string, days: readonly string[]): string[] =>
  days.map((day) => `papi_${stem}_${day}.${extension}`);

/**
 * Chooses a menu item of `chartId` and returns the downloaded file's bytes, name, time from click to file, and
 * the page's date before the click and after the download (the day the app dated the file is one of them).
 */
async function exportFile(page: Page, chartId: string, kind: string) {
  await page.locator(`[data-testid="${chartId}-menu-button"]`).click();
  const dayBefore = await pageToday(page);
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`[data-testid="${chartId}-export-${kind}"]`).click(),
  ]);
  const path = await download.path();
  const ms = Date.now() - started;
  const days = [...new Set([dayBefore, await pageToday(page)])];
  const bytes = await readFile(path);
  measures[`${chartId} ${kind}`] = { bytes: (await stat(path)).size, ms, file: download.suggestedFilename() };
  return { bytes, name: download.suggestedFilename(), ms, days };
}

/** XML parts that the browser's parser rejects (well-formedness). */
async function malformedXml(page: Page, parts: Record<string, string>): Promise<string[]> {
  return page.evaluate((texts) => {
    const parser = new DOMParser();
    return Object.entries(texts)
      .filter(
        ([, text]) => parser.parseFromString(text, 'application/xml').querySelector('parsererror') !== null,
      )
      .map(([name]) => name);
  }, parts);
}

describe('chart export', () => {
  test('the export menu is reached and worked with the keyboard; Escape closes it and gives focus back', async () => {
    const { page } = session;
    await openOverview(page);
    const button = page.locator(`[data-testid="${TREND}-menu-button"]`);
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="${TREND}-menu"]`).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const labels = await page.locator(`[data-testid="${TREND}-menu"] [role="menuitem"]`).allTextContents();
    expect(labels).toEqual([
      'PNG cho trình chiếu (1920×1080)',
      'PNG (gấp đôi kích thước màn hình)',
      'SVG',
      'CSV (dữ liệu của biểu đồ)',
      'CSV (dấu chấm thập phân)',
      'Sao chép ảnh',
      'Thêm vào bản trình bày',
      // The trend knows its SQL, so the menu ends with the console's item.
      'Xem truy vấn',
    ]);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('PNG cho trình chiếu (1920×1080)');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('PNG (gấp đôi kích thước màn hình)');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Xem truy vấn');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Thêm vào bản trình bày');
    await saveScreenshot(page, 'export-menu-vi-1366.png');
    await page.keyboard.press('Escape');
    expect(await page.locator(`[data-testid="${TREND}-menu"]`).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `${TREND}-menu-button`,
    );
  });

  test('the slide PNG of the trend chart is exactly 1920×1080, white, with the title inked in', async () => {
    const { page } = session;
    await openOverview(page);
    const { bytes, name, days } = await exportFile(page, TREND, 'slidePng');
    expect(datedNames('dak-nong_total-trend_2011-2024', 'png', days)).toContain(name);
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
    const ink = await pngInk(page, bytes);
    expect(ink.colours, 'distinct colours').toBeGreaterThan(20);
    expect(ink.titleInk, 'dark pixels in the title band').toBeGreaterThan(500);
    expect(ink.corner.slice(0, 3)).toEqual([255, 255, 255]);
    await expect
      .poll(() => page.locator(`[data-testid="${TREND}-export-status"]`).textContent())
      .toBe(`Đã tải ${name}`);
  });

  test('the 2× PNG is twice the chart’s on-screen width; a narrow window does not change the slide PNG', async () => {
    const { page } = session;
    await openOverview(page);
    const chartWidth = await page
      .locator(SEL.chartTrend)
      .evaluate((el) => el.closest('.chart-block')?.getBoundingClientRect().width ?? 0);
    const screen = await exportFile(page, TREND, 'screenPng');
    expect(screen.name).toMatch(/_2x\.png$/);
    // The wrapper measures its width rounded to 10 px.
    expect(Math.abs(pngSize(screen.bytes).width - chartWidth * 2)).toBeLessThanOrEqual(10);
    expect((await pngInk(page, screen.bytes)).titleInk).toBeGreaterThan(300);
    // A narrow window: the slide is rendered off-screen at its own size, so it stays 1920×1080.
    await page.setViewportSize({ width: 390, height: 844 });
    const slide = await exportFile(page, TREND, 'slidePng');
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
  });

  test('the SVG parses, is 16:9 and keeps its title, source and export date as text', async () => {
    const { page } = session;
    await openOverview(page);
    const { bytes, name, days } = await exportFile(page, TREND, 'svg');
    expect(datedNames('dak-nong_total-trend_2011-2024', 'svg', days)).toContain(name);
    const facts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.nodeName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: [...doc.querySelectorAll('text')].map((el) => (el.textContent ?? '').normalize('NFC')),
      };
    }, bytes.toString('utf8'));
    expect(facts.error).toBeNull();
    expect(facts.root).toBe('svg');
    expect(facts.width / facts.height).toBeCloseTo(16 / 9, 2);
    expect(facts.texts.join(' ')).toContain(TREND_TITLE);
    expect(facts.texts.join(' ')).toMatch(/Xuất ngày \d{2}\/\d{2}\/\d{4}/);
  });

  test('the CSV has a BOM, ; between fields, Vietnamese headers, the chart’s numbers and the source last', async () => {
    const { page } = session;
    await openOverview(page);
    const { bytes, name, days } = await exportFile(page, TREND, 'csv');
    expect(datedNames('dak-nong_total-trend_2011-2024', 'csv', days)).toContain(name);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.[0]).toBe('Năm');
    expect(rows.find((row) => row[0] === '2023')?.slice(0, 4)).toEqual(['2023', '8', '38,97', '61/61']);
    expect(rows.find((row) => row[0] === '2024')?.slice(0, 4)).toEqual(['2024', '8', '40,54', '58/61']);
    expect(rows.at(-2)).toEqual(['Nguồn', 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)']);
    expect(rows.at(-1)?.[0]).toBe('Ngày xuất');
    // Round trip: the data rows are the rows of the chart's own table.
    await page.locator(`[data-testid="${TREND}-table-toggle"]`).click();
    const table = await page
      .locator(`[data-testid="${TREND}-table"] tbody tr`)
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
      );
    const asCsv = (cell: string) => (cell === '—' ? '' : cell.replace('\u2212', '-').replace(/^\+/, ''));
    expect(rows.slice(1, 1 + table.length)).toEqual(table.map((row) => row.map(asCsv)));
  });

  test('copy image puts a PNG on the clipboard where allowed, and says so', async () => {
    const { page } = session;
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.url()).origin,
    });
    await openOverview(page);
    await page.locator(`[data-testid="${TREND}-menu-button"]`).click();
    await page.locator(`[data-testid="${TREND}-export-copy"]`).click();
    const status = page.locator(`[data-testid="${TREND}-export-status"]`);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toBe('Đang xuất…');
    const text = await status.textContent();
    console.log(`copy image in headless Chromium: ${text ?? ''}`);
    if (text === 'Đã sao chép ảnh vào bộ nhớ tạm') {
      const types = await page.evaluate(async () =>
        (await navigator.clipboard.read()).flatMap((item) => item.types),
      );
      expect(types).toContain('image/png');
    } else {
      expect(text).toMatch(/^Trình duyệt này không cho phép sao chép ảnh/);
    }
  });

  test('three charts added to the briefing list download as a .pptx with one picture per chart slide', async () => {
    const { page } = session;
    await openOverview(page);
    const add = async (chartId: string, count: number) => {
      await page.locator(`[data-testid="${chartId}-menu-button"]`).click();
      await page.locator(`[data-testid="${chartId}-export-addToDeck"]`).click();
      await expect
        .poll(() => page.locator(`[data-testid="${chartId}-export-status"]`).textContent(), {
          timeout: 20_000,
        })
        .toBe(`Đã thêm vào bản trình bày (${count} trang)`);
    };
    await add(TREND, 1);
    await waitForChartCanvas(page, SEL.chartGap, 30_000);
    await add('chart-dimension-gap', 2);
    await session.open('?province=P43&year=2024&lang=vi&view=dimensions');
    await waitForChartCanvas(page, '[data-testid="chart-indicator-trend"]', 60_000);
    await add('chart-indicator-trend', 3);

    await page.locator('[data-testid="nav-briefing"]').click();
    const items = page.locator('[data-testid="briefing-slide"]');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(3);
    await page.locator('[data-testid="briefing-note"]').nth(1).fill('Nhấn mạnh khoảng cách ở chỉ số 4');
    await page.getByRole('button', { name: 'Chuyển trang 3 lên' }).click();
    await page.locator('[data-testid="briefing-title"]').fill('Giao ban PAPI quý IV');
    await saveScreenshot(page, 'export-briefing-vi-1366.png');

    // Kept across a reload: order, note and title.
    await page.reload();
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(3);
    const titles = await page.locator('.briefing-slide-title').allTextContents();
    expect(titles.map((t) => t.normalize('NFC'))[0]).toContain(TREND_TITLE);
    expect(titles[2]?.normalize('NFC')).toContain('khoảng cách');
    expect(await page.locator('[data-testid="briefing-note"]').nth(2).inputValue()).toBe(
      'Nhấn mạnh khoảng cách ở chỉ số 4',
    );
    expect(await page.locator('[data-testid="briefing-title"]').inputValue()).toBe('Giao ban PAPI quý IV');

    const dayBefore = await pageToday(page);
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-testid="briefing-download"]').click(),
    ]);
    const days = [...new Set([dayBefore, await pageToday(page)])];
    const path = await download.path();
    const bytes = await readFile(path);
    measures['deck (3 charts) pptx'] = {
      bytes: bytes.length,
      ms: Date.now() - started,
      file: download.suggestedFilename(),
    };
    expect(datedNames('dak-nong_giao-ban-papi-quy-iv', 'pptx', days)).toContain(download.suggestedFilename());
    await download.saveAs(artifactPath('export-deck.pptx'));

    const zip = await JSZip.loadAsync(bytes);
    const slideNames = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
    // The title, the Overview's summary (from the first-screen seed even before the engine is live), 3 charts.
    expect(slideNames).toHaveLength(5);
    const read = (n: string) => zip.file(n)?.async('string') ?? Promise.resolve('');
    expect(await read('ppt/slides/slide1.xml')).toContain('Giao ban PAPI quý IV');
    expect(await read('ppt/slides/slide2.xml')).toContain('Tóm tắt');
    for (const name of slideNames.slice(2)) {
      expect(await read(name), name).toContain('<p:pic>');
      expect(await read(name.replace('slides/', 'slides/_rels/') + '.rels')).toMatch(
        /media\/image[^"]*\.png/,
      );
    }
    expect(await read('ppt/slides/slide5.xml')).toContain('khoảng cách');
    expect(
      Object.values(
        await Promise.all(
          Object.keys(zip.files)
            .filter((n) => n.startsWith('ppt/notesSlides/') && n.endsWith('.xml'))
            .map(read),
        ),
      ).join(' '),
    ).toContain('Nhấn mạnh khoảng cách ở chỉ số 4');
    const media = Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n));
    expect(media.length).toBe(3);
    const firstImage = (await zip.file(media[0] ?? '')?.async('uint8array')) ?? new Uint8Array();
    expect(pngSize(Buffer.from(firstImage))).toEqual({
      width: 1920,
      height: 1080,
    });
    const xmlParts: Record<string, string> = {};
    for (const n of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f)))
      xmlParts[n] = await read(n);
    expect(Object.keys(xmlParts).length).toBeGreaterThan(20);
    expect(await malformedXml(page, xmlParts)).toEqual([]);
    console.log(`export measures: ${JSON.stringify(measures, null, 1)}`);
  });

  test('a deck built right after opening the Briefing view from a link waits for the province’s name and the summary', async () => {
    // Hà Nội 2023: not the first-screen seed's year, so its summary needs the live engine.
    const page = await session.freshPage();
    await session.open('?province=P01&year=2023&lang=vi');
    await waitForChartCanvas(page, SEL.chartTrend, 60_000);
    await page.locator(`[data-testid="${TREND}-menu-button"]`).click();
    await page.locator(`[data-testid="${TREND}-export-addToDeck"]`).click();
    await expect
      .poll(() => page.locator(`[data-testid="${TREND}-export-status"]`).textContent(), { timeout: 20_000 })
      .toBe('Đã thêm vào bản trình bày (1 trang)');

    // The link opened in a new tab with DuckDB's wasm held: the view shows from the seed, the engine is not ready.
    const wasm = session.browser.hold(/\.wasm(\?|$)/);
    const linked = await session.browser.context.newPage();
    let downloaded: Promise<Download> | null = null;
    try {
      await linked.goto(session.url('?province=P01&year=2023&lang=vi&view=briefing'), {
        waitUntil: 'domcontentloaded',
      });
      await linked.locator('[data-testid="briefing-slide"]').first().waitFor({ timeout: 60_000 });
      // The seed can show the view before DuckDB's worker has even asked for the wasm: wait for that request.
      await expect.poll(() => wasm.held(), { timeout: 30_000 }).toBeGreaterThan(0);
      downloaded = linked.waitForEvent('download', { timeout: 120_000 });
      await linked.locator('[data-testid="briefing-download"]').click();
      await expect
        .poll(async () =>
          (await linked.locator('[data-testid="briefing-status"]').textContent())?.normalize('NFC'),
        )
        .toContain('Đang chờ tên tỉnh và phần tóm tắt');
    } finally {
      wasm.release();
    }
    const download = await downloaded;
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const read = (n: string) => zip.file(n)?.async('string') ?? Promise.resolve('');
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    // Title, summary, the chart.
    expect(slides).toHaveLength(3);
    const titleSlide = (await read('ppt/slides/slide1.xml')).normalize('NFC');
    expect(titleSlide).toContain('Hà Nội');
    expect(titleSlide).not.toContain('P01');
    expect((await read('ppt/slides/slide2.xml')).normalize('NFC')).toContain('Tóm tắt');
    expect(download.suggestedFilename()).toMatch(/^papi_ha-noi_/);
    await linked.close();
  });

  test('size and time of each export of the trend chart (cold: first export of the page; warm: the next)', async () => {
    // A page that has exported nothing yet, and an empty briefing list for the test after.
    const page = await session.freshPage();
    await openOverview(page);
    const rows: string[] = [];
    for (const kind of ['slidePng', 'slidePng', 'screenPng', 'svg', 'csv']) {
      const { bytes, ms } = await exportFile(page, TREND, kind);
      expect(bytes.length).toBeGreaterThan(500);
      rows.push(`${kind}: ${bytes.length} bytes, ${ms} ms`);
    }
    await writeFile(artifactPath('export-measures.txt'), `${rows.join('\n')}\n`);
    console.log(`export measures (click to file, same page):\n${rows.join('\n')}`);
  });

  test('English menu and a phone-width briefing list', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await openOverview(page, 'en');
    await page.locator(`[data-testid="${TREND}-menu-button"]`).click();
    expect(await page.locator(`[data-testid="${TREND}-menu"] [role="menuitem"]`).allTextContents()).toEqual([
      'PNG for slides (1920×1080)',
      'PNG (twice the screen size)',
      'SVG',
      'CSV (the chart’s data)',
      'CSV (decimal comma)',
      'Copy image',
      'Add to briefing deck',
      'Show the query',
    ]);
    await saveScreenshot(page, 'export-menu-en-390.png');
    const scrollsSideways = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(scrollsSideways).toBe(false);
    await page.keyboard.press('Escape');
    await page.locator(`[data-testid="${TREND}-menu-button"]`).click();
    await page.locator(`[data-testid="${TREND}-export-addToDeck"]`).click();
    await expect
      .poll(() => page.locator(`[data-testid="${TREND}-export-status"]`).textContent(), { timeout: 20_000 })
      .toBe('Added to the briefing deck (slides: 1)');
    // On a phone the views are in the header's panel.
    await page.locator('[data-testid="header-panel-button"]').click();
    await page.locator('[data-testid="nav-briefing"]').click();
    await page.locator('[data-testid="briefing-slide"]').first().waitFor();
    await saveScreenshot(page, 'export-briefing-en-390.png');
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  });

  test('with IndexedDB refused, the Briefing view keeps its list in memory, says so, and the deck downloads', async () => {
    const page = await session.freshPage();
    // As a browser that blocks site storage: opening any IndexedDB database throws.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      };
    });
    await openOverview(page);
    await page.locator(`[data-testid="${TREND}-menu-button"]`).click();
    await page.locator(`[data-testid="${TREND}-export-addToDeck"]`).click();
    await expect
      .poll(() => page.locator(`[data-testid="${TREND}-export-status"]`).textContent(), { timeout: 20_000 })
      .toBe('Đã thêm vào bản trình bày (1 trang)');
    await page.locator('[data-testid="nav-briefing"]').click();
    await page.locator('[data-testid="briefing-slide"]').first().waitFor({ timeout: 20_000 });
    expect(
      (await page.locator('[data-testid="briefing-in-memory"]').textContent())?.normalize('NFC'),
    ).toContain('chỉ được giữ đến khi đóng thẻ này');
    expect(await page.locator('[data-testid="briefing-view"] [role="alert"]').count()).toBe(0);
    await page.locator('[data-testid="briefing-title"]').fill('Giao ban không lưu');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-testid="briefing-download"]').click(),
    ]);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('Giao ban không lưu');
    expect(Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n))).toHaveLength(1);
  });

  test('a deck that cannot be built offline says why in the UI language, the browser’s text under details', async () => {
    const page = await session.freshPage();
    await openOverview(page);
    await page.locator(`[data-testid="${TREND}-menu-button"]`).click();
    await page.locator(`[data-testid="${TREND}-export-addToDeck"]`).click();
    await expect
      .poll(() => page.locator(`[data-testid="${TREND}-export-status"]`).textContent(), { timeout: 20_000 })
      .toBe('Đã thêm vào bản trình bày (1 trang)');
    await page.locator('[data-testid="nav-briefing"]').click();
    await page.locator('[data-testid="briefing-slide"]').first().waitFor({ timeout: 20_000 });
    // The deck's code is a lazy chunk never fetched yet: the network drops before it is.
    await page.route(/\/assets\/(deck-builder|pptxgen)[^/]*\.js/, (route) =>
      route.abort('internetdisconnected'),
    );
    const logged = session.browser.problems.consoleErrors.length;
    await page.locator('[data-testid="briefing-download"]').click();
    const failure = page.locator('[data-testid="briefing-failure"]');
    await failure.waitFor({ timeout: 20_000 });
    expect((await failure.locator('.failure-message').textContent())?.normalize('NFC')).toBe(
      'Không xuất được: không tải được phần cần thiết vì mất kết nối mạng. Hãy kết nối lại rồi thử lại.',
    );
    expect(await failure.locator('details pre').textContent()).toMatch(/^TypeError: /);
    // The aborted downloads are this test's doing: Chromium logs each as a failed resource.
    const added = session.browser.problems.consoleErrors.splice(logged);
    expect(
      added.every((line) =>
        /Failed to load resource|ERR_INTERNET_DISCONNECTED|deck-builder|pptxgen/.test(line),
      ),
    ).toBe(true);
  });
});

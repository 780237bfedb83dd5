// The Data view in the built app (headless Chromium): import through the real file input (a progress
// report saved by Excel as CSV, the same as .xlsx, a bad file), the Overview's figures moving, the
// import kept across a reload (IndexedDB), and the way back to the bundled data.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hueDocx } from '../ingest/plan-document/hue-88-docx.ts';
import { buildHue57Pdf } from '../ingest/plan-document/pdf/hue-57-pdf.ts';
import { DERIVED_TABLES_MARK } from '../../src/ingest/start-with-bundled-data.ts';
import { expectCount, expectVisible, SEL, textOf, waitForApp, waitForDataReady } from './helpers/app.ts';
import { launchGuarded } from './helpers/browser.ts';
import { expectNoProblems, setupE2ESession } from './helpers/session.ts';
import { reportTiming } from './helpers/timings.ts';

// A fresh page and origin per test (no sharedPage): every test imports, keeps or removes files, or starts the
// engine with its wasm held, so each must begin from the bundled data with nothing kept.
const session = setupE2ESession();

const nfc = (s: string): string => s.normalize('NFC');

const OVERVIEW = '?province=P43&year=2024&lang=vi&view=overview';
const DATA = '?province=P43&year=2024&lang=vi&view=data';

/** A quarterly report for a few of plan 474's tasks: all of dimension 1 done, one task of 2 in progress. */
const REPORT_HEADER = [
  'Mã nhiệm vụ',
  'Kỳ báo cáo',
  'Đơn vị',
  'Trạng thái',
  'Tỷ lệ %',
  'Ngày báo cáo',
  'Ghi chú',
];
const REPORT_ROWS = [
  // Quý IV/2024: the last period the 2024 survey can reflect, which the Overview's 2024 table shows.
  ['474-1.1-a', 'Quý IV/2024', 'Sở Tư pháp', 'Hoàn thành', '100', '15/01/2025', ''],
  ['474-1.2-a', 'Quý IV/2024', 'Sở Nội vụ', 'Đã hoàn thành', '100', '15/01/2025', 'Đã tổ chức; đủ'],
  ['474-1.3-a', 'Quý IV/2024', 'Sở Nội vụ', 'Hoàn thành', '100', '15/01/2025', ''],
  ['474-1.4-a', 'Quý IV/2024', 'Huyện Cư Jút', 'Hoàn thành', '100', '16/01/2025', ''],
  ['474-2.1-a', 'Quý IV/2024', 'Sở Nội vụ', 'Đang thực hiện', '45,5', '16/01/2025', ''],
];

/** What Excel's "CSV UTF-8" writes on a Vietnamese Windows machine: BOM, ';', decimal comma, CRLF, a title line. */
function progressCsv(): Buffer {
  const lines = [
    'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 474/KH-UBND;;;;;;',
    REPORT_HEADER.join(';'),
    ...REPORT_ROWS.map((row) => row.map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The same report as an .xlsx workbook (numbers as numbers, the percent 45.5). */
function progressXlsx(): Buffer {
  const rows = REPORT_ROWS.map((row) =>
    row.map((cell, index) => (index === 4 ? Number(cell.replace(',', '.')) : cell)),
  );
  const workbook = XLSX.utils.book_new();
  // An instructions sheet first, as office templates have: not data, so nothing to choose.
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([['Hướng dẫn: điền từ dòng 2']]),
    'Hướng dẫn',
  );
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([REPORT_HEADER, ...rows]), 'Tiến độ Q4');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function openData(page: Page): Promise<void> {
  await session.open(DATA);
  await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
}

async function importFiles(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles(files);
}

/** The Data view's row for a table: [origin, kind] as shown. */
async function datasetRow(
  page: Page,
  table: string,
): Promise<{ origin: string; kind: string; source: string }> {
  const row = page.locator(`[data-testid="dataset-row"][data-table="${table}"]`);
  return {
    origin: nfc((await row.locator('[data-testid="dataset-origin"]').textContent()) ?? ''),
    kind: nfc((await row.locator('[data-testid="dataset-kind"]').textContent()) ?? ''),
    source: nfc((await row.locator('.dataset-source').textContent()) ?? ''),
  };
}

/** How this page's start made the derived tables ('shipped' or 'sql'), or null when a kept import's re-apply built them. */
const derivedTablesSource = (page: Page): Promise<string | null> =>
  page.evaluate(
    (mark) =>
      (performance.getEntriesByName(mark, 'mark')[0] as PerformanceMark | undefined)?.detail?.source ?? null,
    DERIVED_TABLES_MARK,
  );

const completionOf = (page: Page, dimension: string): Promise<string> =>
  textOf(page, `${SEL.dimensionRow}[data-indicator="${dimension}"] [data-testid="completion-cell"]`);

async function openOverview(page: Page): Promise<void> {
  await session.open(OVERVIEW);
  await waitForApp(page);
  await expectCount(page, `${SEL.dimensionTable} [data-testid="completion-cell"]`, 8);
}

/** The Overview through the app's own navigation: the data in memory, no reload (so no re-apply from storage). */
async function navigateToOverview(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
  await waitForApp(page);
  await expectCount(page, `${SEL.dimensionTable} [data-testid="completion-cell"]`, 8);
}

describe('Data view: import (built app, headless Chromium)', () => {
  test('an Excel CSV progress report: status, completion moves, sample badge gone, kept across a reload, restore brings the sample back', async () => {
    const { page } = session;
    await openOverview(page);
    // A first start copies in the bundled database, derived tables built with the app (no SQL build for them).
    expect(await derivedTablesSource(page)).toBe('shipped');
    const before = await completionOf(page, '1');
    expect(before).not.toMatch(/^100/);
    expect(await page.locator(SEL.sampleBadge).count()).toBeGreaterThan(0);

    await openData(page);
    expect(await datasetRow(page, 'task_progress')).toMatchObject({
      origin: 'Đi kèm ứng dụng',
      kind: 'Minh họa',
    });
    await importFiles(page, [
      { name: 'bao-cao-quy-IV-2025.csv', mimeType: 'text/csv', buffer: progressCsv() },
    ]);
    const status = page.getByRole('status').filter({ hasText: 'bao-cao-quy-IV-2025.csv' });
    await status.waitFor({ timeout: 30_000 });
    const statusText = nfc((await status.textContent()) ?? '');
    expect(statusText).toContain('bao-cao-quy-IV-2025.csv: thêm 5, thay thế 0, từ chối 0 dòng.');
    expect(statusText).toContain('Dữ liệu tiến độ minh họa đã được thay bằng báo cáo thật');
    await expect
      .poll(() => datasetRow(page, 'task_progress'))
      .toEqual({
        origin: 'Đã nhập',
        kind: 'Thật',
        source: 'bao-cao-quy-IV-2025.csv',
      });
    expect(
      await page.locator('[data-testid="dataset-row"][data-table="task_progress"] td.numeric').textContent(),
    ).toBe('5');

    await navigateToOverview(page);
    expect(await completionOf(page, '1')).toMatch(/^100\s?%/);
    expect(nfc(await textOf(page, `${SEL.dimensionTable} thead`))).toContain('hoàn thành đến Quý IV/2024');
    await expectCount(page, '.sample-badge', 0);

    // Kept in IndexedDB: a reload re-applies it, and its swap builds the derived tables from SQL.
    await page.reload();
    await waitForApp(page);
    expect(await derivedTablesSource(page)).toBeNull();
    await expectCount(page, `${SEL.dimensionTable} [data-testid="completion-cell"]`, 8);
    expect(await completionOf(page, '1')).toMatch(/^100\s?%/);
    await expectCount(page, '.sample-badge', 0);

    await openData(page);
    await expectVisible(page, '[data-testid="stored-imports-applied"]');
    await page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' }).click();
    await page.getByRole('button', { name: 'Có, khôi phục dữ liệu gốc' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã khôi phục dữ liệu gốc.' })
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => datasetRow(page, 'task_progress'))
      .toMatchObject({ kind: 'Minh họa', origin: 'Đi kèm ứng dụng' });

    await page.reload();
    await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
    await expect.poll(() => datasetRow(page, 'task_progress')).toMatchObject({ kind: 'Minh họa' });
    await openOverview(page);
    expect(await derivedTablesSource(page)).toBe('shipped');
    expect(await completionOf(page, '1')).toBe(before);
    await expectVisible(page, SEL.sampleBadge);
  });

  test('the same report as .xlsx and a 2025 scores file (new map), imported together: completion moves, 2025 joins the years', async () => {
    const { page } = session;
    await openData(page);
    const yearOption = page.locator('[data-testid="year-select"] option[value="2025"]');
    expect(await yearOption.count()).toBe(0);
    const scores = Buffer.from(
      // From 2025 the provinces are the 34 new units: the new Lâm Đồng absorbed Đắk Nông.
      'Tỉnh;Năm;Chỉ số;Điểm\r\nLâm Đồng;2025;total;41,2\r\nLam Dong;2025;1;5,1\r\n',
      'utf8',
    );
    await importFiles(page, [
      {
        name: 'bao-cao-quy-IV-2025.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: progressXlsx(),
      },
      { name: 'diem-papi-2025.csv', mimeType: 'text/csv', buffer: scores },
    ]);
    const status = page.getByRole('status').filter({ hasText: 'bao-cao-quy-IV-2025.xlsx' });
    await status.waitFor({ timeout: 30_000 });
    const text = nfc((await status.textContent()) ?? '');
    expect(text).toContain('bao-cao-quy-IV-2025.xlsx: thêm 5, thay thế 0, từ chối 0 dòng.');
    expect(text).toContain('diem-papi-2025.csv: thêm 2, thay thế 0, từ chối 0 dòng.');
    await expect.poll(() => yearOption.count()).toBe(1);
    // Listed for Đắk Nông (an old unit, not scored after 2024) but not selectable.
    expect(await yearOption.isDisabled()).toBe(true);
    expect((await datasetRow(page, 'score_rows')).source).toBe('data/papi-scores.csv; diem-papi-2025.csv');
    await navigateToOverview(page);
    expect(await completionOf(page, '1')).toMatch(/^100\s?%/);
    await expectCount(page, '.sample-badge', 0);
  });

  test('bad files: an alert with located problems and a formula-safe CSV of them; the loaded data unchanged; a sheet picked from a two-sheet workbook', async () => {
    const { page } = session;
    await openData(page);
    const scoresBefore = await datasetRow(page, 'score_rows');
    const scores = Buffer.from(
      '\uFEFFTỉnh,Năm,Chỉ số,Điểm\r\nĐắk Nông,2025,total,41.2\r\nDak Nog,2025,1,5.1\r\n',
      'utf8',
    );
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
    await importFiles(page, [
      { name: 'diem-2025.csv', mimeType: 'text/csv', buffer: scores },
      { name: 'bao-cao.csv', mimeType: 'text/csv', buffer: pdf },
    ]);
    const alert = page.getByRole('alert').filter({ hasText: 'diem-2025.csv' });
    await alert.waitFor({ timeout: 30_000 });
    const text = nfc((await alert.textContent()) ?? '');
    // Rows of one file and the whole of another refused: the alert says both.
    expect(text).toContain(
      'Chưa nhập gì vì không dùng được tệp bao-cao.csv và có dòng không hợp lệ (xem bên dưới).',
    );
    expect(text).toContain(
      'Tệp diem-2025.csv, dòng 2, cột “Tỉnh”: “Đắk Nông” không còn là đơn vị hành chính từ 1/7/2025 (nay thuộc Lâm Đồng)',
    );
    expect(text).toContain('Tệp diem-2025.csv, dòng 3, cột “Tỉnh”: Không nhận ra tỉnh/thành phố “Dak Nog”.');
    expect(text).toContain('Tệp bao-cao.csv: Đây không phải bảng tính (PDF).');
    expect(await page.getByRole('status').filter({ hasText: 'diem-2025.csv' }).count()).toBe(0);

    const href = (await page.locator('[data-testid="problems-csv"]').getAttribute('href')) ?? '';
    const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.startsWith('\uFEFFTệp,Trang tính,Dòng,Cột,Vấn đề,Mã vấn đề\r\n')).toBe(true);
    expect(csv).toContain('diem-2025.csv,,3,Tỉnh,');

    // Nothing changed: scores still bundled (no 2025), progress still the sample.
    expect(await datasetRow(page, 'score_rows')).toEqual(scoresBefore);
    expect(await datasetRow(page, 'task_progress')).toMatchObject({ kind: 'Minh họa' });
    await page.reload();
    await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
    await expect
      .poll(() => datasetRow(page, 'score_rows'))
      .toEqual({ ...scoresBefore, source: scoresBefore.source });
    await expectCount(page, '[data-testid="stored-imports-applied"]', 0);

    // Templates: the CSV is a data: link with a BOM and Vietnamese headers; the .xlsx is built on demand.
    const template =
      (await page.locator('[data-testid="template-task_progress"]').getAttribute('href')) ?? '';
    expect(decodeURIComponent(template.replace(/^data:text\/csv;charset=utf-8,/, ''))).toMatch(
      /^\uFEFFMã nhiệm vụ,Kỳ báo cáo,Đơn vị,Trạng thái,/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Mẫu báo cáo tiến độ nhiệm vụ: bản Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mau-tien-do-nhiem-vu.xlsx');
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    const templateBook = XLSX.read(readFileSync(saved), { type: 'buffer' });
    const templateSheet = templateBook.Sheets[templateBook.SheetNames[0] ?? ''];
    if (templateSheet === undefined) throw new Error('the template has no sheet');
    expect(XLSX.utils.sheet_to_json<string[]>(templateSheet, { header: 1 })[0]?.slice(0, 4)).toEqual([
      'Mã nhiệm vụ',
      'Kỳ báo cáo',
      'Đơn vị',
      'Trạng thái',
    ]);

    // A workbook with two quarters in two sheets: the user picks the sheet, then it imports.
    const quarters = XLSX.utils.book_new();
    const q3 = [REPORT_HEADER, ['474-1.1-a', 'Quý III/2025', 'Sở Tư pháp', 'xong?', '', '', '']];
    XLSX.utils.book_append_sheet(quarters, XLSX.utils.aoa_to_sheet(q3), 'Quý III');
    XLSX.utils.book_append_sheet(
      quarters,
      XLSX.utils.aoa_to_sheet([REPORT_HEADER, ...REPORT_ROWS]),
      'Quý IV',
    );
    await importFiles(page, [
      {
        name: 'hai-quy.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: XLSX.write(quarters, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
      },
    ]);
    const sheet = page.getByLabel('Trang tính cần nhập từ hai-quy.xlsx');
    await sheet.waitFor({ timeout: 30_000 });
    expect(await sheet.locator('option').allTextContents()).toEqual(['Quý III', 'Quý IV']);
    await sheet.selectOption('Quý IV');
    await page.getByRole('button', { name: 'Nhập trang đã chọn' }).click();
    const status = page.getByRole('status').filter({ hasText: 'hai-quy.xlsx' });
    await status.waitFor({ timeout: 30_000 });
    expect(nfc((await status.textContent()) ?? '')).toContain(
      'hai-quy.xlsx: thêm 5, thay thế 0, từ chối 0 dòng.',
    );
  });

  test('a whole file refused says why; a plan file with no dimension imports and the Plan view groups its tasks', async () => {
    const { page } = session;
    await openData(page);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
    await importFiles(page, [{ name: 'ke-hoach.csv', mimeType: 'text/csv', buffer: pdf }]);
    const refused = page.getByRole('alert').filter({ hasText: 'ke-hoach.csv' });
    await refused.waitFor({ timeout: 30_000 });
    const refusal = nfc((await refused.textContent()) ?? '');
    expect(refusal).toContain('Chưa nhập gì vì không dùng được tệp ke-hoach.csv (lý do ở dưới).');
    expect(refusal).not.toContain('dòng không hợp lệ');
    expect(refusal).toContain('Tệp ke-hoach.csv: Đây không phải bảng tính (PDF).');

    // Neither a dimension nor a sub-dimension: imported, then shown under its own group (it once crashed the view).
    const plan = [
      'Mã nhiệm vụ,Kế hoạch,Nhiệm vụ,Tỉnh',
      'PX-1,99/KH-UBND,Công khai danh mục thủ tục hành chính,Đắk Nông',
      'PX-2,99/KH-UBND,Tập huấn cán bộ một cửa,Đắk Nông',
    ];
    await importFiles(page, [
      {
        name: 'ke-hoach-99.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${plan.join('\r\n')}\r\n`, 'utf8'),
      },
    ]);
    const status = page.getByRole('status').filter({ hasText: 'ke-hoach-99.csv' });
    await status.waitFor({ timeout: 30_000 });
    expect(nfc((await status.textContent()) ?? '')).toContain(
      'ke-hoach-99.csv: thêm 2, thay thế 0, từ chối 0 dòng.',
    );

    await session.open('?province=P43&year=2024&lang=vi&view=plan');
    const task = page.locator('[data-testid="plan-task-row"][data-task-id="PX-2"]');
    await task.waitFor({ state: 'attached', timeout: 60_000 });
    expect(nfc((await task.textContent()) ?? '')).toContain('Chưa gắn chỉ số');
    await expectCount(page, '[data-testid="plan-task-row"]', 35);
    const grid = await page.locator('[data-testid="plan-completion-grid"] tbody th').allTextContents();
    // The whole plan, the eight dimensions, then the tasks not linked to one.
    expect(grid.map((text) => nfc(text).trim())).toHaveLength(10);
    expect(nfc(grid.at(-1) ?? '').trim()).toBe('Chưa gắn chỉ số');
  });

  test('a .docx chosen before the engine is ready is read once it is, not dropped', async () => {
    const { page } = session;
    const docx = await hueDocx();
    // DuckDB's wasm held back: the Data view shows from the first-screen seed, the engine is not ready.
    const wasm = session.browser.hold(/\.wasm(\?|$)/);
    try {
      await page.goto(session.url(DATA), { waitUntil: 'domcontentloaded' });
      await expectVisible(page, '[data-testid="plan-document"]', 60_000);
      // The seed can show the view before DuckDB's worker has even asked for the wasm: wait for that request.
      await expect.poll(() => wasm.held(), { timeout: 30_000 }).toBeGreaterThan(0);
      await importFiles(page, [
        {
          name: 'ke-hoach-88.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: Buffer.from(docx),
        },
      ]);
    } finally {
      wasm.release();
    }
    await expectVisible(page, '[data-testid="plan-review"]', 60_000);
    expect(
      nfc((await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()) ?? ''),
    ).toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-88.docx');
    await expect.poll(() => page.locator('[data-testid="plan-review-table"] tbody tr').count()).toBe(3);
  });

  test('a .docx chosen while another plan document is still being read is read next, not dropped', async () => {
    const { page } = session;
    await openData(page);
    // The PDF reader is a lazy chunk: held, the PDF stays "being read" while the .docx arrives.
    const pdfReader = session.browser.hold(/\/assets\/read-pdf-[\w-]+\.js/);
    try {
      await page.locator('[data-testid="plan-file-input"]').setInputFiles([
        {
          name: 'ke-hoach-57.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from(await buildHue57Pdf()),
        },
      ]);
      await expect.poll(() => pdfReader.held(), { timeout: 30_000 }).toBeGreaterThan(0);
      await importFiles(page, [
        {
          name: 'ke-hoach-88.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: Buffer.from(await hueDocx()),
        },
      ]);
    } finally {
      pdfReader.release();
    }
    // Both are read, in the order chosen: the review ends on the .docx.
    await expect
      .poll(
        async () =>
          nfc(
            (await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()) ?? '',
          ),
        { timeout: 60_000 },
      )
      .toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-88.docx');
  });
});

describe('Data view: back up and restore (built app, headless Chromium)', () => {
  test('a backup restores in another browser profile: the imported value, the target and the deck entry are back', async () => {
    const { page } = session;
    await openData(page);
    await importFiles(page, [
      { name: 'bao-cao-quy-IV-2025.csv', mimeType: 'text/csv', buffer: progressCsv() },
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: 'bao-cao-quy-IV-2025.csv' })
      .waitFor({ timeout: 30_000 });
    await navigateToOverview(page);
    expect(await completionOf(page, '1')).toMatch(/^100\s?%/);
    await page.locator('[data-testid="target-editor"] summary').click();
    await page.locator('[data-testid="target-kind-2"]').selectOption('median');
    const target2 = '[data-testid="light-row"][data-dimension="2"] [data-testid="light-target"]';
    await expect.poll(async () => nfc(await textOf(page, target2))).toBe('Mục tiêu 5,33: còn 0,62');
    await page.locator('[data-testid="chart-total-trend-menu-button"]').click();
    await page.locator('[data-testid="chart-total-trend-export-addToDeck"]').click();
    await expect
      .poll(() => page.locator('[data-testid="chart-total-trend-export-status"]').textContent(), {
        timeout: 20_000,
      })
      .toBe('Đã thêm vào bản trình bày (1 trang)');

    await session.open(DATA);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sao lưu', exact: true }).click(),
    ]);
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^dak-nong-\d{4}-\d{2}-\d{2}\.papi\.zip$/);
    const backup = readFileSync(await download.path());
    const zip = await JSZip.loadAsync(backup);
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as {
      format: string;
      formatVersion: number;
      counts: Record<string, number>;
      entries: { path: string }[];
    };
    expect(manifest).toMatchObject({
      format: 'papi-dashboard-workspace',
      formatVersion: 2,
      counts: { imports: 1, targets: 1, deck: 1, reportUnits: 0, queryHistory: 0 },
    });
    expect(manifest.entries.map((entry) => entry.path).sort()).toEqual([
      'deck.json',
      'imports.json',
      'imports/0001.bin',
      'imports/0001.rows.json',
      'query-history.json',
      'report-units.json',
      'targets.json',
    ]);
    expect(Buffer.from((await zip.file('imports/0001.bin')?.async('uint8array')) ?? [])).toEqual(
      progressCsv(),
    );

    // Another profile (a colleague's machine): nothing kept there yet.
    const other = await launchGuarded({ origin: session.server.origin });
    try {
      const fresh = await other.context.newPage();
      await fresh.goto(session.url(DATA));
      await waitForDataReady(fresh);
      await expectVisible(fresh, '[data-testid="datasets-table"]', 60_000);
      const restoreInput = fresh.getByLabel('Khôi phục từ tệp sao lưu', { exact: true });

      // A file that is not a backup is refused, located, and nothing changes.
      await restoreInput.setInputFiles([
        { name: 'bao-cao.papi.zip', mimeType: 'application/zip', buffer: progressCsv() },
      ]);
      const refused = fresh.locator('[data-testid="backup-refused"]');
      await refused.waitFor({ timeout: 30_000 });
      expect(nfc((await refused.textContent()) ?? '')).toContain('Đây không phải tệp .zip.');
      expect(await datasetRow(fresh, 'task_progress')).toMatchObject({ kind: 'Minh họa' });

      await restoreInput.setInputFiles([{ name: fileName, mimeType: 'application/zip', buffer: backup }]);
      const plan = fresh.locator('[data-testid="backup-plan"]');
      await plan.waitFor({ timeout: 30_000 });
      const row = async (kind: string) =>
        (await plan.locator(`tr[data-kind="${kind}"] td`).allTextContents()).map((text) => text.trim());
      expect(await row('imports')).toEqual(['0', '1']);
      expect(await row('targets')).toEqual(['0', '1']);
      expect(await row('deck')).toEqual(['0', '1']);
      // The confirmation has the focus, so the keyboard user confirms with Enter.
      await fresh.keyboard.press('Enter');
      await fresh
        .getByRole('status')
        .filter({ hasText: `Đã khôi phục từ ${fileName}.` })
        .waitFor({ timeout: 60_000 });
      await expect
        .poll(() => datasetRow(fresh, 'task_progress'))
        .toMatchObject({ origin: 'Đã nhập', kind: 'Thật', source: 'bao-cao-quy-IV-2025.csv' });

      // The restore applied the file's checked rows from the backup: it read no file again.
      expect(
        await fresh.evaluate(
          () =>
            (performance.getEntriesByName('papi-reapply-imports').at(-1) as PerformanceMark | undefined)
              ?.detail as unknown,
        ),
      ).toEqual({ files: 1, reread: 0 });

      await navigateToOverview(fresh);
      expect(await completionOf(fresh, '1')).toMatch(/^100\s?%/);
      await expect.poll(async () => nfc(await textOf(fresh, target2))).toBe('Mục tiêu 5,33: còn 0,62');
      await fresh.locator('[data-testid="nav-briefing"]').click();
      await expect
        .poll(() => fresh.locator('[data-testid="briefing-slide"]').count(), { timeout: 20_000 })
        .toBe(1);
      expectNoProblems(other.problems);
    } finally {
      await other.close();
    }
  });
});

describe('Data view: Remove in the imported files table (built app, headless Chromium)', () => {
  test('a removed file’s figures are gone from the views, and still gone after a reload', async () => {
    const { page } = session;
    await openData(page);
    await importFiles(page, [
      { name: 'bao-cao-quy-IV-2025.csv', mimeType: 'text/csv', buffer: progressCsv() },
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: 'bao-cao-quy-IV-2025.csv' })
      .waitFor({ timeout: 30_000 });
    await navigateToOverview(page);
    expect(await completionOf(page, '1')).toMatch(/^100\s?%/);

    await session.open(DATA);
    const table = page.locator('#kept-files');
    const row = table.locator('[data-testid="kept-file-row"]', { hasText: 'bao-cao-quy-IV-2025.csv' });
    await row.waitFor({ timeout: 30_000 });
    expect(nfc(await textOf(page, '#kept-files [data-testid="kept-file-state"]'))).toBe('đã lưu');
    await table.getByRole('button', { name: 'Xóa tệp bao-cao-quy-IV-2025.csv' }).click();
    await expectVisible(page, '[data-testid="kept-files-empty"]', 30_000);
    // The data is back to the bundled sample at once, with no reload.
    await expect
      .poll(() => datasetRow(page, 'task_progress'), { timeout: 30_000 })
      .toMatchObject({ origin: 'Đi kèm ứng dụng', kind: 'Minh họa' });
    await navigateToOverview(page);
    expect(await completionOf(page, '1')).not.toMatch(/^100/);
    // The provenance is its own query: its badge may follow the completion by a render.
    await expect.poll(() => page.locator(SEL.sampleBadge).count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // Forgotten in this browser too: a reload does not bring it back.
    await page.reload();
    await waitForApp(page);
    await expectCount(page, `${SEL.dimensionTable} [data-testid="completion-cell"]`, 8);
    expect(await completionOf(page, '1')).not.toMatch(/^100/);
    await expect.poll(() => page.locator(SEL.sampleBadge).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await openData(page);
    await expectVisible(page, '[data-testid="kept-files-empty"]', 30_000);
    expect(await datasetRow(page, 'task_progress')).toMatchObject({ kind: 'Minh họa' });
  });
});

/** A progress workbook of one year's reports: every task of plan 474 × `units` units × four quarters of 2024. */
function largeProgressXlsx(units: number): { buffer: Buffer; rows: number } {
  const taskIds = readFileSync(new URL('../../data/plan-tasks.csv', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.split(',')[0] ?? '')
    .filter((id) => /^474-/.test(id));
  const rows: string[][] = [];
  for (const quarter of ['I', 'II', 'III', 'IV'])
    for (let unit = 1; unit <= units; unit += 1)
      for (const id of taskIds) rows.push([id, `Quý ${quarter}/2024`, `Đơn vị thử ${unit}`, 'Hoàn thành']);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Trạng thái'], ...rows]),
    'Tiến độ 2024',
  );
  return { buffer: XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer, rows: rows.length };
}

/** The Data view's row count of task_progress (written with the locale's thousands separator). */
const progressRowCount = async (page: Page): Promise<number> =>
  Number(
    (
      (await page
        .locator('[data-testid="dataset-row"][data-table="task_progress"] td.numeric')
        .textContent()) ?? ''
    ).replace(/\D/g, ''),
  );

describe('Data view: a large import kept and re-applied from its checked rows (built app, headless Chromium)', () => {
  test('a year of progress reports as .xlsx: applied, its long tasks reported, and after a reload back from the kept rows without reading the workbook', async () => {
    const { page } = session;
    await openData(page);
    const workbook = largeProgressXlsx(30);
    await page.evaluate(() => {
      const longTasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await importFiles(page, [
      {
        name: 'tien-do-2024.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: workbook.buffer,
      },
    ]);
    const status = page.getByRole('status').filter({ hasText: 'tien-do-2024.xlsx' });
    await status.waitFor({ timeout: 120_000 });
    expect(nfc((await status.textContent()) ?? '')).toContain(
      `tien-do-2024.xlsx: thêm ${workbook.rows}, thay thế 0, từ chối 0 dòng.`,
    );
    reportTiming(`import of a ${workbook.rows}-row progress .xlsx`, Date.now() - started, 'drop to outcome');
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    reportTiming(
      'longest main-thread long task while importing it',
      Math.max(0, ...longTasks),
      `${longTasks.length} long tasks`,
    );
    await expect.poll(() => progressRowCount(page)).toBeGreaterThanOrEqual(workbook.rows);
    const imported = await progressRowCount(page);

    await page.reload();
    await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
    await expectVisible(page, '[data-testid="stored-imports-applied"]', 60_000);
    await expect.poll(() => progressRowCount(page)).toBe(imported);
    const reapply = await page.evaluate(() => {
      const [mark] = performance.getEntriesByName('papi-reapply-imports');
      return mark === undefined
        ? null
        : { at: mark.startTime, detail: (mark as PerformanceMark).detail as unknown };
    });
    // Every kept file merged its checked rows: none was read again.
    expect(reapply?.detail).toMatchObject({ reread: 0 });
    reportTiming(
      'start-up to the kept imports re-applied (from their checked rows)',
      reapply?.at ?? 0,
      'navigation start to the mark',
    );

    await page.getByRole('button', { name: 'Khôi phục dữ liệu gốc' }).click();
    await page.getByRole('button', { name: 'Có, khôi phục dữ liệu gốc' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã khôi phục dữ liệu gốc.' })
      .waitFor({ timeout: 60_000 });
  });
});

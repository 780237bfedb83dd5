// A province's own plan from its Word document, in the built app (headless Chromium): a .docx chosen in
// the Data view's import, reviewed (identity read from the header, an unsure row marked and corrected),
// imported through the same kept import as any file, its tasks in the Plan view; a plan written without an
// appendix (tasks in the body) read from its headings; a table pasted from Word; a document with neither
// refused with what was looked for; a PDF plan read from its text layer; mammoth run by the file-reading
// worker, never loaded by the page; a .docx read cancelled from the keyboard (the worker ends, nothing of it
// shows), after which another file reads.
import { basename } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildBodyDocx } from '../ingest/plan-document/body-form/build-body-docx.ts';
import { LAI_CHAU_LINES } from '../ingest/plan-document/body-form/lai-chau-plan.ts';
import { buildHue57Pdf } from '../ingest/plan-document/pdf/hue-57-pdf.ts';
import { hueDocx } from '../ingest/plan-document/hue-88-docx.ts';
import { APP_READY_TIMEOUT_MS, artifactPath, saveScreenshot } from './helpers/app.ts';
import { readBuiltChunks } from './helpers/built-chunks.ts';
import { DIST_DIR } from './helpers/server.ts';
import { setupE2ESession } from './helpers/session.ts';

// A fresh page and origin per test (no sharedPage): most tests import a plan and keep it, and the worker test
// reads the page's own list of what it loaded, which an earlier test's reads would fill.
const session = setupE2ESession();
const POLL = { timeout: 30_000, interval: 100 };
const DATA = '?province=P31&year=2024&lang=vi&view=data';
const nfc = (text: string | null): string => (text ?? '').normalize('NFC');

const WORD_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The built chunks holding mammoth's code (the marker first-view-chunks.e2e.ts uses). */
const mammothChunkNames = (): string[] =>
  [...readBuiltChunks(DIST_DIR).code].filter(([, code]) => /mammoth/.test(code)).map(([name]) => name);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const reviewRows = (page: Page) => page.locator('[data-testid="plan-review-table"] tbody tr');

async function openData(page: Page): Promise<void> {
  await session.open(DATA);
  await page
    .locator('[data-testid="datasets-table"]')
    .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
}

describe('Plan from a Word document (built app, headless Chromium)', () => {
  test('a .docx chosen in the import: reviewed, corrected, imported, its tasks in the Plan view', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openData(page);
    const buffer = Buffer.from(await hueDocx());
    await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles([
      {
        name: 'ke-hoach-papi-2024.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer,
      },
    ]);
    await page.locator('[data-testid="plan-review"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(
      nfc(await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()),
    ).toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-papi-2024.docx; 1 dòng cần xem lại.');
    const identity = page.locator('[data-testid="plan-identity"]');
    expect(await identity.getByLabel('Số, ký hiệu').inputValue()).toBe('88/KH-UBND');
    expect(await identity.getByLabel('Ngày ban hành').inputValue()).toBe('2024-04-02');
    expect(await identity.getByLabel('Tỉnh, thành phố').inputValue()).toBe('P31');
    expect(await identity.getByLabel('Năm PAPI mục tiêu').inputValue()).toBe('2024');
    await expect.poll(() => reviewRows(page).count(), POLL).toBe(3);
    const flagged = page.locator('[data-testid="plan-review-table"] tbody tr[data-flagged="true"]');
    expect(await flagged.count()).toBe(1);
    expect(nfc(await flagged.textContent())).toContain('Thời gian "Khi có chỉ đạo" không rõ hạn');
    expect(await reviewRows(page).nth(2).locator('.plan-deadline').textContent()).toBe('2024-12-31');
    await saveScreenshot(page, 'plan-document-review-vi-1366');

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'plan-document-review-vi-390');
    // The review survives a language switch, and says the same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(async () => nfc(await flagged.textContent()), POLL)
      .toContain('Timeframe "Khi có chỉ đạo" names no deadline');
    await saveScreenshot(page, 'plan-document-review-en-390');
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, 'plan-document-review-en-1366');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Nhập kế hoạch' }).count(), POLL).toBe(1);

    // Nothing loaded is touched before the import: the plan tasks table still holds the bundled 33.
    const planTasksCount = page.locator('[data-testid="dataset-row"][data-table="plan_tasks"] td.numeric');
    expect(await planTasksCount.textContent()).toBe('33');
    // Correcting the unsure cell answers its flag.
    await page.getByLabel('Thời gian, Dòng 2').fill('Hàng năm');
    await expect.poll(() => flagged.count(), POLL).toBe(0);
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    const done = page.locator('[data-testid="plan-outcome"]');
    await done.waitFor({ state: 'visible', timeout: 30_000 });
    expect(nfc(await done.textContent())).toContain('Đã nhập kế hoạch 88/KH-UBND: 3 nhiệm vụ');
    await expect.poll(() => planTasksCount.textContent(), POLL).toBe('36');

    await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click();
    const rows = page.locator('[data-testid="plan-task-row"]');
    await expect
      .poll(() => rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-task-id'))), POLL)
      .toEqual(['88-1.1-a', '88-1.1-b', '88-8.2-a']);

    // Kept like any import: a reload re-applies it.
    await page.reload();
    await expect.poll(() => rows.count(), POLL).toBe(3);

    // Progress for the new tasks, imported like any report: the Overview shows their completion next to 2024's scores.
    await openData(page);
    const report =
      'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái;Tỷ lệ %\r\n88-1.1-a;Quý IV/2024;Sở Tư pháp;Hoàn thành;100\r\n88-1.1-b;Quý IV/2024;Sở Tư pháp;Đang thực hiện;40\r\n';
    await page
      .getByLabel('Nhập tệp dữ liệu', { exact: true })
      .setInputFiles([{ name: 'tien-do-88.csv', mimeType: 'text/csv', buffer: Buffer.from(report, 'utf8') }]);
    await page.getByRole('status').filter({ hasText: 'tien-do-88.csv' }).waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    const completion = page.locator(
      '[data-testid="dimension-row"][data-indicator="1"] [data-testid="completion-cell"]',
    );
    await expect.poll(async () => nfc(await completion.textContent()), POLL).toMatch(/^50\s?%/);
  });

  test('a .docx is read in the file-reading worker: mammoth is downloaded, but never by the page itself', async () => {
    const { page } = session;
    // The built chunks holding mammoth's code (the marker first-view-chunks.e2e.ts uses).
    const mammothChunks = new Set(mammothChunkNames());
    expect(mammothChunks.size).toBeGreaterThan(0);
    // Every request but the service worker's precaching, which fetches every chunk: the page's and its workers'.
    const fetched: string[] = [];
    const onRequest = (request: Request): void => {
      if (request.serviceWorker() === null) fetched.push(basename(new URL(request.url()).pathname));
    };
    // The page's own resource list, made long enough that nothing it loads is left out.
    await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
    session.browser.context.on('request', onRequest);
    try {
      await openData(page);
      await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles([
        {
          name: 'ke-hoach-88.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: Buffer.from(await hueDocx()),
        },
      ]);
      await page.locator('[data-testid="plan-review"]').waitFor({ state: 'visible', timeout: 30_000 });
      expect(
        nfc(await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()),
      ).toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-88.docx');
    } finally {
      session.browser.context.off('request', onRequest);
    }
    // Someone downloaded mammoth for this read…
    expect(fetched.filter((name) => mammothChunks.has(name))).not.toEqual([]);
    // …and not the page: its own resource list (a worker's loads are in the worker's list) holds the Data
    // view's chunk it loaded, and no mammoth chunk.
    const pageLoaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(pageLoaded.some((path) => /\/assets\/data-view-[\w-]+\.js$/.test(path))).toBe(true);
    expect(pageLoaded.map((path) => basename(path)).filter((name) => mammothChunks.has(name))).toEqual([]);
  });

  test('a .docx read cancelled with the keyboard: its worker ends, nothing of it shows even once mammoth arrives, the next file reads', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    const panel = page.locator('[data-testid="plan-document"]');
    const shoot = (name: string) => panel.screenshot({ path: artifactPath(`${name}.png`) });
    // mammoth's download is held: the worker's read waits on it until the test says.
    const names = mammothChunkNames();
    expect(names).not.toEqual([]);
    const mammoth = session.browser.hold(new RegExp(`/(${names.map(escapeRegExp).join('|')})$`));
    try {
      await openData(page);
      const planTasksCount = page.locator('[data-testid="dataset-row"][data-table="plan_tasks"] td.numeric');
      expect(await planTasksCount.textContent()).toBe('33');
      const readWorker = page.waitForEvent('worker', {
        predicate: (worker) => /read-worker/.test(worker.url()),
        timeout: 30_000,
      });
      await page
        .locator('[data-testid="plan-file-input"]')
        .setInputFiles([
          { name: 'ke-hoach-88.docx', mimeType: WORD_MIME, buffer: Buffer.from(await hueDocx()) },
        ]);
      const worker = await readWorker;
      const workerEnded = new Promise<void>((resolve) => worker.once('close', () => resolve()));
      const stage = page.locator('[data-testid="plan-stage"]');
      await stage.waitFor({ state: 'visible', timeout: 30_000 });
      expect(nfc(await stage.textContent())).toBe('Đang đọc ke-hoach-88.docx…');
      await expect.poll(() => mammoth.held(), POLL).toBeGreaterThan(0);
      await shoot('plan-document-reading-vi-1366');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shoot('plan-document-reading-vi-390');
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(async () => nfc(await stage.textContent()), POLL).toBe('Reading ke-hoach-88.docx…');
      await shoot('plan-document-reading-en-390');
      await page.setViewportSize({ width: 1366, height: 768 });
      await shoot('plan-document-reading-en-1366');
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await expect.poll(async () => nfc(await stage.textContent()), POLL).toBe('Đang đọc ke-hoach-88.docx…');

      // From the paste box, Tab reaches Hủy, and Enter presses it.
      await page.locator('[data-testid="plan-paste"]').focus();
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => [
          document.activeElement?.getAttribute('data-testid'),
          document.activeElement?.textContent,
        ]),
      ).toEqual(['plan-cancel', 'Hủy']);
      await page.keyboard.press('Enter');
      const cancelled = page.locator('[data-testid="plan-cancelled"]');
      await cancelled.waitFor({ state: 'visible', timeout: 30_000 });
      expect(nfc(await cancelled.textContent())).toBe(
        'Đã hủy đọc ke-hoach-88.docx: không có gì được đọc hay nhập. Dữ liệu đang có được giữ nguyên.',
      );
      expect(await page.locator('[data-testid="plan-progress"]').count()).toBe(0);
      // The worker reading it was ended, not left to finish.
      await workerEnded;
      await shoot('plan-document-cancelled-vi-1366');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'English' }).click();
      await expect
        .poll(async () => nfc(await cancelled.textContent()), POLL)
        .toBe(
          'Stopped reading ke-hoach-88.docx: nothing was read or imported. The data already loaded is unchanged.',
        );
      await shoot('plan-document-cancelled-en-390');
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await page.setViewportSize({ width: 1366, height: 768 });

      // mammoth arrives, to a worker that has ended (above): the stopped read can land nothing, and nothing did.
      mammoth.release();
      expect(await page.locator('[data-testid="plan-review"]').count()).toBe(0);
      expect(await page.locator('[data-testid="plan-outcome"]').count()).toBe(0);
      expect(await cancelled.count()).toBe(1);
      expect(await planTasksCount.textContent()).toBe('33');

      // Another file, chosen afterwards, reads as usual.
      await page.locator('[data-testid="plan-file-input"]').setInputFiles([
        {
          name: 'ke-hoach-1331.docx',
          mimeType: WORD_MIME,
          buffer: Buffer.from(await buildBodyDocx(LAI_CHAU_LINES)),
        },
      ]);
      await page.locator('[data-testid="plan-review"]').waitFor({ state: 'visible', timeout: 30_000 });
      expect(
        nfc(await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()),
      ).toContain('Đã đọc 5 nhiệm vụ từ ke-hoach-1331.docx');
      expect(await cancelled.count()).toBe(0);
      expect(await planTasksCount.textContent()).toBe('33');
    } finally {
      mammoth.release();
    }
  });

  test('a plan with its tasks in the body (Lai Châu 1331/KH-UBND layout): guesses flagged, an agency confirmed as not determined, imported and kept', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.url('?province=P08&year=2024&lang=vi&view=data'));
    await page
      .locator('[data-testid="datasets-table"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles([
      {
        name: 'ke-hoach-1331.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await buildBodyDocx(LAI_CHAU_LINES)),
      },
    ]);
    await page.locator('[data-testid="plan-review"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(
      nfc(await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()),
    ).toContain('Đã đọc 5 nhiệm vụ từ ke-hoach-1331.docx; 2 dòng cần xem lại.');
    expect(await page.locator('[data-testid="plan-identity"]').getByLabel('Số, ký hiệu').inputValue()).toBe(
      '1331/KH-UBND',
    );
    const table = page.locator('[data-testid="plan-review-table"]');
    expect(nfc(await table.textContent())).toContain('Cơ quan chủ trì được đoán từ câu giao nhiệm vụ');
    await saveScreenshot(page, 'plan-document-body-form-vi-1366');

    // The task without an agency blocks the import until the user confirms it as not determined.
    await page.getByRole('button', { name: 'Xác nhận: chưa xác định' }).first().click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Xác nhận: chưa xác định' }).count(), POLL)
      .toBe(0);
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    const done = page.locator('[data-testid="plan-outcome"]');
    await done.waitFor({ state: 'visible', timeout: 30_000 });
    expect(nfc(await done.textContent())).toContain('Đã nhập kế hoạch 1331/KH-UBND: 5 nhiệm vụ');
    const planTasksCount = page.locator('[data-testid="dataset-row"][data-table="plan_tasks"] td.numeric');
    await expect.poll(() => planTasksCount.textContent(), POLL).toBe('38');

    // Kept like any import: a reload re-applies it.
    await page.reload();
    await expect
      .poll(() => planTasksCount.textContent(), { ...POLL, timeout: APP_READY_TIMEOUT_MS })
      .toBe('38');
  });

  test('a table pasted from Word is read from the clipboard HTML; a document without an appendix is refused', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await openData(page);
    const paste = async (html: string, text: string): Promise<void> => {
      await page.locator('[data-testid="plan-paste"]').evaluate(
        (element, data) => {
          const transfer = new DataTransfer();
          if (data.html !== '') transfer.setData('text/html', data.html);
          transfer.setData('text/plain', data.text);
          element.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
          );
        },
        { html, text },
      );
    };
    await paste('<p>Kính gửi các sở, ban, ngành</p>', 'Kính gửi các sở, ban, ngành');
    const refusal = page.locator('[data-testid="plan-outcome"]');
    await refusal.waitFor({ state: 'visible', timeout: 30_000 });
    expect(nfc(await refusal.textContent())).toContain('không tìm thấy bảng phụ lục nhiệm vụ');
    expect(nfc(await refusal.textContent())).toContain('STT · Nhiệm vụ / Nội dung');

    await paste(
      '<table><tr><td>STT</td><td>Chỉ số thành phần</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời hạn</td></tr>' +
        '<tr><td colspan="5"><b>Chỉ số nội dung Công khai, minh bạch</b></td></tr>' +
        '<tr><td>1</td><td>Công khai thu, chi ngân sách</td><td>Niêm yết thu chi</td><td>Chủ tịch UBND cấp xã</td><td>Thường xuyên</td></tr></table>',
      'ignored',
    );
    await expect.poll(() => reviewRows(page).count(), POLL).toBe(1);
    expect(await page.getByLabel('Chỉ số thành phần, Dòng 1').inputValue()).toBe('2.3');
    expect(await page.locator('[data-testid="plan-outcome"]').count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'plan-document-paste-vi-390');
  });

  test('a PDF plan with a text layer chosen on the plan panel: read by pdf.js in the page, imported, kept after a reload', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openData(page);
    await page
      .locator('[data-testid="plan-file-input"]')
      .setInputFiles([
        { name: 'ke-hoach-57.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await buildHue57Pdf()) },
      ]);
    await page.locator('[data-testid="plan-review"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(
      nfc(await page.locator('[data-testid="plan-review"] [role="status"]').first().textContent()),
    ).toContain('Đã đọc 3 nhiệm vụ từ ke-hoach-57.pdf; 0 dòng cần xem lại.');
    const identity = page.locator('[data-testid="plan-identity"]');
    expect(await identity.getByLabel('Số, ký hiệu').inputValue()).toBe('57/KH-UBND');
    expect(await identity.getByLabel('Tỉnh, thành phố').inputValue()).toBe('P31');
    expect(await page.getByLabel('Chỉ số thành phần, Dòng 1').inputValue()).toBe('2.2');
    expect(await page.getByLabel('Chỉ số thành phần, Dòng 3').inputValue()).toBe('2.3');

    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    const done = page.locator('[data-testid="plan-outcome"]');
    await done.waitFor({ state: 'visible', timeout: 30_000 });
    expect(nfc(await done.textContent())).toContain('Đã nhập kế hoạch 57/KH-UBND: 3 nhiệm vụ');
    const planTasksCount = page.locator('[data-testid="dataset-row"][data-table="plan_tasks"] td.numeric');
    await expect.poll(() => planTasksCount.textContent(), POLL).toBe('36');

    // Kept like any import: a reload re-applies it (no request left the origin: the session checks it).
    await page.reload();
    await expect
      .poll(() => planTasksCount.textContent(), { ...POLL, timeout: APP_READY_TIMEOUT_MS })
      .toBe('36');
  });
});

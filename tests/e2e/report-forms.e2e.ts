// Report forms in the built app (headless Chromium): the Plan view's panel downloads one form per unit in a
// .zip, a unit's form filled by script and dropped on the Data view loads as its reports, the Plan view's
// counts move, and a reload shows the same (the import is kept).
// After every test: no foreign request, no console or page error (helpers/session.ts).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { APP_READY_TIMEOUT_MS } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { fillForm, type RowAnswer } from '../ingest/report-forms/fill-form.ts';

const session = setupE2ESession();

const PLAN = '?view=plan&province=P43&lang=vi';
const DATA = '?view=data&province=P43&lang=vi';
const CU_JUT = 'bieu-mau-bao-cao_474-kh-ubnd_2025-q4_huyen-cu-jut.xlsx';
const nfc = (s: string | null): string => (s ?? '').normalize('NFC');

async function openPlan(page: Page): Promise<void> {
  await session.open(PLAN);
  await page
    .locator('[data-testid="plan-view"]')
    .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
}

const stateCounts = async (page: Page): Promise<string> =>
  nfc(await page.locator('[data-testid="plan-state-counts"]').textContent());

describe('Report forms (built app, headless Chromium)', () => {
  test('download the forms, fill one, drop it on the Data view: the Plan view moves, and stays so after a reload', async () => {
    const { page } = session;
    await openPlan(page);
    const before = await stateCounts(page);

    const panel = page.locator('[data-testid="report-forms-panel"]');
    await panel.getByText('Tạo biểu mẫu báo cáo').click();
    await panel.getByLabel('Kỳ báo cáo').selectOption('2025-Q4');
    expect(await panel.getByLabel('Hạn gửi').inputValue()).toBe('2026-01-20');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: 'Tải các biểu mẫu (.zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bieu-mau-bao-cao_474-kh-ubnd_2025-q4.zip');
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const form = zip.file(CU_JUT);
    expect(form).not.toBeNull();

    // Cư Jút reports every task done.
    const done: RowAnswer = { status: 'Hoàn thành', percent: 100, reportedOn: '15/01/2026' };
    const answers = new Map(Array.from({ length: 60 }, (_, index) => [index, done] as const));
    const filled = await fillForm(await (form as JSZip.JSZipObject).async('uint8array'), answers);

    await session.open(DATA);
    await page.locator('[data-testid="datasets-table"]').waitFor({ timeout: APP_READY_TIMEOUT_MS });
    await page
      .getByLabel('Nhập tệp dữ liệu', { exact: true })
      .setInputFiles([
        { name: 'cu-jut.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(filled) },
      ]);
    const status = page.getByRole('status').filter({ hasText: 'cu-jut.xlsx' });
    await status.waitFor({ timeout: 30_000 });
    expect(nfc(await status.textContent())).toMatch(/cu-jut\.xlsx: thêm \d+, thay thế 0, từ chối 0 dòng\./);

    await openPlan(page);
    const after = await stateCounts(page);
    expect(after).not.toBe(before);
    await page.reload();
    await page
      .locator('[data-testid="plan-view"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    await expect.poll(() => stateCounts(page), { timeout: 30_000 }).toBe(after);
  });
});

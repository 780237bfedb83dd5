// Report forms in the built app (headless Chromium): the Plan view's panel downloads one form per unit in a
// .zip, a unit's form filled by script and dropped on the Data view loads as its reports, the Plan view's
// counts and the received panel move, and a reload shows the same (the import is kept). Two more forms
// dropped on the panel's "Nhận báo cáo", one bad: the good one loads, the bad one is named with its cell.
// After every test: no foreign request, no console or page error (helpers/session.ts).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { APP_READY_TIMEOUT_MS, artifactPath } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';
import { fillForm, type RowAnswer } from '../ingest/report-forms/fill-form.ts';

// A fresh page (no sharedPage): its one test imports the forms it fills and keeps them.
const session = setupE2ESession();

const PLAN = '?view=plan&province=P43&lang=vi';
const DATA = '?view=data&province=P43&lang=vi';
const CU_JUT = 'bieu-mau-bao-cao_474-kh-ubnd_2025-q2_huyen-cu-jut.xlsx';
const nfc = (s: string | null): string => (s ?? '').normalize('NFC');

async function openPlan(page: Page): Promise<void> {
  await session.open(PLAN);
  await page
    .locator('[data-testid="plan-view"]')
    .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
}

// The districts' last quarter: they were abolished on 1 July 2025 (data/unit-lifetimes.csv), so no district
// gets a form for a later quarter.
const PERIOD = '2025-Q2';

/** The received panel's count for Q2 2025 ("1/22 đơn vị đã báo cáo Quý II/2025"), once it has one. */
async function receivedCount(page: Page, periodLabel = 'Kỳ báo cáo'): Promise<string> {
  const panel = page.locator('[data-testid="report-forms-panel"]');
  await panel.getByLabel(periodLabel).selectOption(PERIOD);
  const count = panel.locator('[data-testid="received-count"]');
  await expect.poll(async () => nfc(await count.textContent()), { timeout: 30_000 }).toMatch(/^\d+\/\d+ /);
  return nfc(await count.textContent());
}

const reportedOf = (count: string): number => Number(/^(\d+)\//.exec(count)?.[1] ?? NaN);

const stateCounts = async (page: Page): Promise<string> =>
  nfc(await page.locator('[data-testid="plan-state-counts"]').textContent());

describe('Report forms (built app, headless Chromium)', () => {
  test('download the forms, fill one, drop it on the Data view: the Plan view moves, and stays so after a reload', async () => {
    const { page } = session;
    await openPlan(page);
    const before = await stateCounts(page);
    const receivedBefore = await receivedCount(page);

    const panel = page.locator('[data-testid="report-forms-panel"]');
    await panel.getByText('Tạo biểu mẫu báo cáo').click();
    await panel.getByLabel('Kỳ báo cáo').selectOption(PERIOD);
    expect(await panel.getByLabel('Hạn gửi').inputValue()).toBe('2025-07-20');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: 'Tải các biểu mẫu (.zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bieu-mau-bao-cao_474-kh-ubnd_2025-q2.zip');
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const form = zip.file(CU_JUT);
    expect(form).not.toBeNull();

    // Cư Jút reports every task done.
    const done: RowAnswer = { status: 'Hoàn thành', percent: 100, reportedOn: '15/07/2025' };
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
    // The sample's Q2 reports are gone and Cư Jút's are in.
    const receivedAfter = await receivedCount(page);
    expect(receivedAfter).not.toBe(receivedBefore);
    expect(receivedAfter).toMatch(/^1\/\d+ đơn vị đã báo cáo Quý II\/2025$/);

    // Two more forms on the panel's "Nhận báo cáo": Đắk Mil's loads, Krông Nô's (a status off the list) does not.
    const formFile = async (unit: RegExp): Promise<Uint8Array> => {
      const [entry] = zip.file(unit);
      if (entry === undefined) throw new Error(`no form ${String(unit)}`);
      return entry.async('uint8array');
    };
    const dakMil = await fillForm(await formFile(/_huyen-dak-mil\.xlsx$/), new Map([[0, done]]));
    const krongNo = await fillForm(
      await formFile(/_huyen-krong-no\.xlsx$/),
      new Map([[0, { status: 'Xong rồi' }]]),
    );
    await panel.getByLabel('Nhận báo cáo', { exact: true }).setInputFiles([
      { name: 'dak-mil.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(dakMil) },
      { name: 'krong-no.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(krongNo) },
    ]);
    const outcome = panel.locator('[data-testid="received-import-outcome"]');
    await outcome.waitFor({ timeout: 30_000 });
    const outcomeText = nfc(await outcome.textContent());
    expect(outcomeText).toContain('Đã nạp biểu mẫu: Huyện Đắk Mil, Quý II/2025 (dak-mil.xlsx).');
    expect(outcomeText).toContain('Không nạp biểu mẫu: Huyện Krông Nô, Quý II/2025 (krong-no.xlsx)');
    expect(outcomeText).toMatch(/Tệp krong-no\.xlsx, trang tính “Báo cáo”, ô F8/);
    const count = panel.locator('[data-testid="received-count"]');
    await expect
      .poll(async () => reportedOf(nfc(await count.textContent())), { timeout: 30_000 })
      .toBe(reportedOf(receivedAfter) + 1);
    const receivedLater = nfc(await count.textContent());
    const planCounts = await stateCounts(page);

    // "All or nothing" chosen (keyboard): a good form sent with a bad one loads nothing, and the counts stay.
    const allOrNothing = panel.locator('[data-testid="received-all-or-nothing"]');
    await allOrNothing.focus();
    await page.keyboard.press('Space');
    expect(await allOrNothing.isChecked()).toBe(true);
    const tuyDuc = await fillForm(await formFile(/_huyen-tuy-duc\.xlsx$/), new Map([[0, done]]));
    await panel.getByLabel('Nhận báo cáo', { exact: true }).setInputFiles([
      { name: 'tuy-duc.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(tuyDuc) },
      { name: 'krong-no.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(krongNo) },
    ]);
    await expect
      .poll(async () => nfc(await outcome.textContent()), { timeout: 30_000 })
      .toContain('Không nạp biểu mẫu nào vì có biểu mẫu lỗi');
    expect(nfc(await outcome.textContent())).not.toContain('Đã nạp biểu mẫu: Huyện Tuy Đức');
    expect(nfc(await count.textContent())).toBe(receivedLater);
    expect(await stateCounts(page)).toBe(planCounts);

    await page.reload();
    await page
      .locator('[data-testid="plan-view"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    await expect.poll(() => stateCounts(page), { timeout: 30_000 }).toBe(planCounts);
    expect(await receivedCount(page)).toBe(receivedLater);
    await page.locator('[data-testid="received-panel"]').screenshot({
      path: artifactPath('report-forms-received-1366-vi.png'),
    });

    await page.setViewportSize({ width: 390, height: 844 });
    await session.open('?view=plan&province=P43&lang=en');
    await page
      .locator('[data-testid="plan-view"]')
      .waitFor({ state: 'visible', timeout: APP_READY_TIMEOUT_MS });
    expect(await receivedCount(page, 'Reporting period')).toMatch(
      new RegExp(`^${String(reportedOf(receivedLater))}/\\d+ units have reported for Q2 2025$`),
    );
    await page.locator('[data-testid="received-panel"]').screenshot({
      path: artifactPath('report-forms-received-390-en.png'),
    });
  });
});

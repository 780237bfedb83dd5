// The official PAPI workbooks dropped on the Data view of the built app (headless Chromium): the year
// sheet chosen (newest by default), the outcome saying what was read, the Overview showing the imported
// year, and the import kept across a reload. Every score is synthetic (build-official-workbook.ts).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  indicatorSheet,
  subdimensionsOf,
  summarySheet,
  syntheticScore,
  workbookBytes,
} from '../ingest/papi-workbook/build-official-workbook.ts';
import { expectVisible, saveScreenshot, SEL, textOf, waitForApp } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

const session = setupE2ESession();

const nfc = (s: string): string => s.normalize('NFC');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FILE_2024 = '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx';
const PROVINCES = [
  { name: 'Đắk Nông', code: '67' },
  { name: 'Vĩnh Phúc', code: '26', missing: 'zero' as const },
  { name: 'Tiền Giang', code: '82', missing: 'zero' as const },
];

/** Đắk Nông's synthetic total for `year`: its sub-dimension scores summed, as the app sums them. */
function syntheticTotal(year: number): string {
  const codes = ['1', '2', '3', '4', '5', '6', '7', '8'].flatMap((d) => subdimensionsOf(d, year));
  const total = codes.reduce((sum, _, index) => sum + syntheticScore(0, index), 0);
  return total.toFixed(2).replace('.', ',');
}

async function openData(page: Page): Promise<void> {
  await session.open('?province=P43&year=2024&lang=vi&view=data');
  await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
}

async function dropWorkbook(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page
    .getByLabel('Nhập tệp dữ liệu', { exact: true })
    .setInputFiles([{ name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) }]);
}

async function statusText(page: Page, file: string): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: file });
  await status.waitFor({ timeout: 30_000 });
  return nfc((await status.textContent()) ?? '');
}

describe('Data view: the official PAPI workbooks (built app, headless Chromium)', () => {
  test('a 2018+ workbook: the newest year sheet by default, what was read, the Overview’s total, kept across a reload', async () => {
    const { page } = session;
    const sheet2024 = indicatorSheet({
      year: 2024,
      provinces: PROVINCES,
      metadataRows: true,
      offset: { dimension: '2', provinceIndex: 0, by: 1 },
    });
    const sheet2023 = indicatorSheet({ year: 2023, provinces: PROVINCES.slice(0, 1) });
    await openData(page);
    await dropWorkbook(
      page,
      FILE_2024,
      workbookBytes({ '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows }),
    );

    const picker = page.locator('[data-testid="sheet-picker"] select');
    await picker.waitFor({ timeout: 30_000 });
    expect(await picker.locator('option').allTextContents()).toEqual(['2024_PAPI_VIE_ENG', '2023_VIE_ENG']);
    expect(await picker.inputValue()).toBe('2024_PAPI_VIE_ENG');
    await page.getByRole('button', { name: 'Nhập trang đã chọn' }).click();

    const text = await statusText(page, FILE_2024);
    expect(text).toContain(
      `${FILE_2024}: bảng số liệu PAPI chính thức, năm 2024 (đọc từ tên trang tính “2024_PAPI_VIE_ENG”).`,
    );
    expect(text).toContain('Vĩnh Phúc, Tiền Giang: không có điểm năm 2024 trong tệp.');
    const warnings = nfc(await textOf(page, '[data-testid="import-warnings"]'));
    expect(warnings).toMatch(/trang tính “2024_PAPI_VIE_ENG”, ô D\d+, tỉnh Đắk Nông: /);
    await saveScreenshot(page, 'official-workbook-outcome-vi-1366');

    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await waitForApp(page);
    await expect.poll(async () => nfc(await textOf(page, SEL.total))).toContain(syntheticTotal(2024));

    await page.reload();
    await waitForApp(page);
    await expect.poll(async () => nfc(await textOf(page, SEL.total))).toContain(syntheticTotal(2024));
  });

  test('a 2011-2017 workbook: the year from the file name, the component sheets not read twice', async () => {
    const { page } = session;
    const main = summarySheet(['Đắk Nông', 'Lâm Đồng'], 2011).rows;
    const file = 'PAPI-2011-Dữ-liệu-1.xlsx';
    await openData(page);
    await dropWorkbook(
      page,
      file,
      workbookBytes({
        '2012PAPI- Bảng tổng hợp kết quả': main,
        'Điểm thành phần 1': main,
        'Điêm thành phần 5': main,
      }),
    );
    const text = await statusText(page, file);
    expect(text).toContain(`${file}: thêm 0, thay thế 44, từ chối 0 dòng.`);
    expect(text).toContain(`năm 2011 (đọc từ tên tệp “${file}”)`);
    expect(text).toContain(
      'Các trang “Điểm thành phần 1”, “Điêm thành phần 5” lặp lại số liệu của trang chính',
    );
    expect(await page.locator('[data-testid="sheet-picker"]').count()).toBe(0);
  });
});

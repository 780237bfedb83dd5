// The official PAPI workbooks dropped on the Data view of the built app (headless Chromium): the years
// chosen (newest by default, each saying whether it is already loaded), the year typed for a workbook whose
// names hold none, the outcome saying what was read, the Overview showing the imported year, the survey
// indicators on Dimensions, and the import kept across a reload. Every value is synthetic
// (build-official-workbook.ts).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  indicatorSheet,
  subdimensionsOf,
  summarySheet,
  syntheticScore,
  workbookBytes,
} from '../ingest/papi-workbook/build-official-workbook.ts';
import { buildWorkbookBenchFiles, WORKBOOK_FILE_NAME } from '../bench/import/official-workbook-files.ts';
import { expectVisible, saveScreenshot, SEL, textOf, waitForApp } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

// A fresh page and origin per test (no sharedPage): each imports a workbook and keeps it, and what the year list
// says is already loaded would change with an earlier test's import.
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

const CIVIC_KNOWLEDGE = subdimensionsOf('1', 2024)[0];

/** Opens Dimensions on sub-dimension 1.1 for Đắk Nông in `year`; the survey list (or its muted line) once it says every part of `expected`. */
async function expectSurveyText(page: Page, year: number, expected: readonly string[]): Promise<void> {
  await session.open(`?view=dimensions&province=P43&indicator=1.1&year=${year}&lang=vi`);
  const found = page.locator('[data-testid="survey-indicators"], [data-testid="survey-indicators-none"]');
  await expect
    .poll(async () => nfc((await found.first().textContent({ timeout: 30_000 })) ?? ''), { timeout: 30_000 })
    .toSatisfy((text: string) => expected.every((part) => text.includes(part)));
}

async function statusText(page: Page, file: string): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: file });
  await status.waitFor({ timeout: 30_000 });
  return nfc((await status.textContent()) ?? '');
}

/** Counts the file-reading workers the page starts and those that end. */
function startedReadWorkers(page: Page): { started: number; ended: number } {
  const counts = { started: 0, ended: 0 };
  page.on('worker', (worker) => {
    if (!/read-worker/.test(worker.url())) return;
    counts.started += 1;
    worker.on('close', () => {
      counts.ended += 1;
    });
  });
  return counts;
}

describe('Data view: the official PAPI workbooks (built app, headless Chromium)', () => {
  test('a workbook whose question is cancelled: its reader ends, nothing is imported, and a new drop asks again', async () => {
    const { page } = session;
    const sheet2024 = indicatorSheet({ year: 2024, provinces: PROVINCES });
    const sheet2023 = indicatorSheet({ year: 2023, provinces: PROVINCES.slice(0, 1) });
    const bytes = workbookBytes({ '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows });
    await openData(page);
    const readWorkers = startedReadWorkers(page);
    await dropWorkbook(page, FILE_2024, bytes);
    const years = page.locator('[data-testid="official-years"]');
    await years.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Hủy', exact: true }).click();
    await years.waitFor({ state: 'detached' });
    await expect.poll(() => readWorkers.ended, { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: FILE_2024 }).count()).toBe(0);
    // Dropped again: asked again by a reader of its own, then imported.
    await dropWorkbook(page, FILE_2024, bytes);
    await years.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Nhập với các lựa chọn này' }).click();
    expect(await statusText(page, FILE_2024)).toContain(
      `${FILE_2024}: bảng số liệu PAPI chính thức, năm 2024`,
    );
    expect(readWorkers.started).toBe(2);
    await expect.poll(() => readWorkers.ended, { timeout: 10_000 }).toBe(2);
  });

  test('leaving the Data view while a workbook’s question is read ends its reader', async () => {
    const { page } = session;
    await openData(page);
    const readWorkers = startedReadWorkers(page);
    // The bench's 2 MB workbook of six year sheets, whose reading takes a while: the view is left meanwhile.
    await dropWorkbook(page, WORKBOOK_FILE_NAME, buildWorkbookBenchFiles().workbook);
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await waitForApp(page);
    await expect.poll(() => readWorkers.started, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => readWorkers.ended, { timeout: 30_000 }).toBe(1);
  });

  test('leaving the Data view while a workbook’s rows apply: the import lands and its reader ends', async () => {
    const { page } = session;
    await openData(page);
    const readWorkers = startedReadWorkers(page);
    // The bench's 2 MB workbook: its rows take a second or more to apply, and the view is left meanwhile.
    await dropWorkbook(page, WORKBOOK_FILE_NAME, buildWorkbookBenchFiles().workbook);
    await page.locator('[data-testid="official-years"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Nhập với các lựa chọn này' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await waitForApp(page);
    expect(readWorkers.started).toBe(1);
    await expect.poll(() => readWorkers.ended, { timeout: 30_000 }).toBe(1);
    // The import went on without the view: back on Data, the workbook is among the files kept.
    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();
    const keptRow = page.locator('[data-testid="kept-file-row"]').filter({ hasText: WORKBOOK_FILE_NAME });
    await expect.poll(() => keptRow.count(), { timeout: 30_000 }).toBe(1);
  });

  test('a 2018+ workbook: two years chosen, what was read, the Overview’s total, the survey list, kept across a reload', async () => {
    const { page } = session;
    const sheet2024 = indicatorSheet({
      year: 2024,
      provinces: PROVINCES,
      metadataRows: true,
      offset: { dimension: '2', provinceIndex: 0, by: 1 },
    });
    const sheet2023 = indicatorSheet({ year: 2023, provinces: PROVINCES.slice(0, 1) });
    await openData(page);
    const readWorkers = startedReadWorkers(page);
    await dropWorkbook(
      page,
      FILE_2024,
      workbookBytes({ '2023_VIE_ENG': sheet2023.rows, '2024_PAPI_VIE_ENG': sheet2024.rows }),
    );

    const years = page.locator('[data-testid="official-years"]');
    await years.waitFor({ timeout: 30_000 });
    const year2024 = years.getByRole('checkbox', { name: /^Năm 2024/ });
    const year2023 = years.getByRole('checkbox', { name: /^Năm 2023/ });
    expect(await years.getByRole('checkbox').count()).toBe(2);
    expect([await year2024.isChecked(), await year2023.isChecked()]).toEqual([true, false]);
    // The bundled data has both years: the database says so.
    await expect
      .poll(async () => nfc((await years.textContent()) ?? ''))
      .toContain('đã có dữ liệu năm 2023: sẽ được thay thế');
    expect(nfc((await years.textContent()) ?? '')).toContain('đã có dữ liệu năm 2024: sẽ được thay thế');
    await year2023.check();
    await page.getByRole('button', { name: 'Nhập với các lựa chọn này' }).click();

    const text = await statusText(page, FILE_2024);
    expect(text).toContain(
      `${FILE_2024}: bảng số liệu PAPI chính thức, các năm 2024, 2023 (đọc từ tên trang tính).`,
    );
    // The question and the import read the workbook in one worker (which parses it once), ended with the import.
    expect(readWorkers.started, 'file-reading workers started').toBe(1);
    await expect.poll(() => readWorkers.ended, { timeout: 10_000 }).toBe(1);
    expect(text).toContain('Vĩnh Phúc, Tiền Giang: không có điểm năm 2024 trong tệp.');
    expect(text).toContain('giá trị chỉ tiêu khảo sát (thang 0%-100%');
    const warnings = nfc(await textOf(page, '[data-testid="import-warnings"]'));
    expect(warnings).toMatch(/trang tính “2024_PAPI_VIE_ENG”, ô D\d+, tỉnh Đắk Nông: /);
    await saveScreenshot(page, 'official-workbook-outcome-vi-1366');

    const surveyLabel = `Tỷ lệ người trả lời về ${CIVIC_KNOWLEDGE?.name_vi ?? ''}`;
    // No survey values for 2022: one muted line naming the official workbook. 2024 last, the year the Overview keeps.
    await expectSurveyText(page, 2022, ['năm 2022', 'nhập bảng số liệu PAPI chính thức']);
    await expectSurveyText(page, 2023, ['năm 2023', surveyLabel]);
    await expectSurveyText(page, 2024, ['năm 2024', surveyLabel]);

    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await waitForApp(page);
    await expect.poll(async () => nfc(await textOf(page, SEL.total))).toContain(syntheticTotal(2024));

    await page.reload();
    await waitForApp(page);
    await expect.poll(async () => nfc(await textOf(page, SEL.total))).toContain(syntheticTotal(2024));
    await expectSurveyText(page, 2024, ['năm 2024', surveyLabel, FILE_2024]);
    await saveScreenshot(page, 'official-workbook-survey-vi-1366');
  });

  test('a workbook whose names hold no year: the year typed, checked, and said in the outcome', async () => {
    const { page } = session;
    const file = 'PAPI_provincial.xlsx';
    await openData(page);
    await dropWorkbook(
      page,
      file,
      workbookBytes({
        ProvincialIndicators_VIE: indicatorSheet({ year: 2020, provinces: PROVINCES.slice(0, 1) }).rows,
      }),
    );
    const field = page.getByLabel(`Năm của bảng số liệu ${file}`);
    await field.waitFor({ timeout: 30_000 });
    const submit = page.getByRole('button', { name: 'Nhập với các lựa chọn này' });
    await field.fill('2008');
    await submit.click();
    await expect
      .poll(async () => nfc(await textOf(page, '[data-testid="sheet-picker"] [role="alert"]')))
      .toContain('Năm phải là số nguyên từ 2009 đến');
    await field.fill('2020');
    await submit.click();
    const text = await statusText(page, file);
    expect(text).toContain(`${file}: bảng số liệu PAPI chính thức, năm 2020 (năm do người dùng nhập).`);
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

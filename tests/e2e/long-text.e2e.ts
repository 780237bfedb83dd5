// Hostile lengths in imported files (built app, headless Chromium): a task text, an agency and a reporting
// unit of 5,000 characters with no space to break at, and files whose names are 300 characters long. No view
// may scroll sideways at 1366 or 390 px: long text wraps (or is clamped, its full text one click away).
// A scores file without a source column comes along, so the Overview's source line names it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { artifactPath, expectVisible } from './helpers/app.ts';
import { setupE2ESession } from './helpers/session.ts';

// A fresh page (no sharedPage): its one test imports hostile files and keeps them.
const session = setupE2ESession();

const LONG = 5000;
/** One unbroken word of `length` characters (Vietnamese letters), the worst case for line breaking. */
const word = (stem: string, length: number): string =>
  stem.repeat(Math.ceil(length / stem.length)).slice(0, length);

const TASK_TEXT = word('Côngkhaithủtụchànhchính', LONG);
const AGENCY = word('SởNộivụtỉnhĐắkNông', LONG);
const UNIT = word('ỦybannhândânhuyệnCưJút', LONG);
const TASK_ID = '474-2.1-z';

/** A file name of 300 characters, one word before its extension. */
const longName = (stem: string): string => `${word(stem, 296)}.csv`;
const PLAN_FILE = longName('KeHoachSuaDoi474');
const PROGRESS_FILE = longName('BaoCaoTienDoQuyIV2024');
const SCORES_FILE = longName('DiemDinhChinhKhongNguon');

const quoted = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;
const csv = (rows: readonly (readonly string[])[]): Buffer =>
  Buffer.from(`\uFEFF${rows.map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`, 'utf8');

/** One more task for plan 474, with a 5,000-character text and executing agency. */
const planCsv = (): Buffer =>
  csv([
    [
      'Mã nhiệm vụ',
      'Kế hoạch',
      'Nhiệm vụ',
      'Chỉ số nội dung',
      'Chỉ số thành phần',
      'Cơ quan thực hiện',
      'Thời gian thực hiện',
      'Tỉnh',
      'Năm mục tiêu',
    ],
    [TASK_ID, '474/KH-UBND', TASK_TEXT, '2', '2.1', AGENCY, 'Quý IV/2024', 'Đắk Nông', '2024'],
  ]);

/** Reports from a unit with a 5,000-character name, one with a 5,000-character note. */
const progressCsv = (): Buffer =>
  csv([
    ['Mã nhiệm vụ', 'Kỳ báo cáo', 'Đơn vị', 'Trạng thái', 'Ghi chú'],
    [TASK_ID, 'Quý IV/2024', UNIT, 'Đang thực hiện', word('Ghichú', LONG)],
    ['474-1.1-a', 'Quý IV/2024', UNIT, 'Hoàn thành', ''],
  ]);

/** A corrected score without a source column: its rows record the file. */
const scoresCsv = (): Buffer =>
  csv([
    ['Tỉnh', 'Năm', 'Chỉ số', 'Điểm'],
    ['Đắk Nông', '2024', '1.1', '1.5'],
  ]);

const BASE = '?province=P43&year=2024&lang=vi';
const VIEWS: readonly { name: string; link: string }[] = [
  { name: 'overview', link: `${BASE}&view=overview` },
  { name: 'dimensions', link: `${BASE}&view=dimensions` },
  { name: 'nation', link: `${BASE}&view=nation` },
  // The task's details open: its full text, agencies and each unit's reports.
  { name: 'plan', link: `${BASE}&view=plan&task=${TASK_ID}` },
  { name: 'scores-vs-tasks', link: `${BASE}&view=scores-vs-tasks` },
  { name: 'data', link: `${BASE}&view=data` },
];
const WIDTHS = [1366, 390] as const;

interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The deepest elements reaching past the right edge outside any scroll box, to say what to fix. */
  offenders: string[];
}

function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrolls = (element: Element): boolean => {
      const overflowX = getComputedStyle(element).overflowX;
      return overflowX !== 'visible' && overflowX !== 'clip';
    };
    const insideScrollBox = (element: Element): boolean => {
      for (let parent = element.parentElement; parent !== null && parent !== document.body;) {
        if (scrolls(parent)) return true;
        parent = parent.parentElement;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > innerWidth + 1 && !insideScrollBox(element),
    );
    const deepest = wide.filter(
      (element) => !wide.some((other) => other !== element && element.contains(other)),
    );
    const describe = (element: Element): string => {
      const classes = [...element.classList].join('.');
      const testId = element.getAttribute('data-testid');
      const label = `${element.tagName.toLowerCase()}${classes === '' ? '' : `.${classes}`}${testId === null ? '' : `[${testId}]`}`;
      return `${label} ${Math.round(element.getBoundingClientRect().width)}px`;
    };
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      offenders: deepest.slice(0, 8).map(describe),
    };
  });
}

async function importLongFiles(page: Page): Promise<void> {
  await session.open(`${BASE}&view=data`);
  await expectVisible(page, '[data-testid="datasets-table"]', 60_000);
  await page.getByLabel('Nhập tệp dữ liệu', { exact: true }).setInputFiles([
    { name: PLAN_FILE, mimeType: 'text/csv', buffer: planCsv() },
    { name: PROGRESS_FILE, mimeType: 'text/csv', buffer: progressCsv() },
    { name: SCORES_FILE, mimeType: 'text/csv', buffer: scoresCsv() },
  ]);
  const status = page.getByRole('status').filter({ hasText: 'thêm 2, thay thế 0, từ chối 0 dòng' });
  await status.waitFor({ timeout: 60_000 });
}

describe('long text in imported files (built app, headless Chromium)', () => {
  test('no view scrolls sideways at 1366 or 390 px with 5,000-character names and 300-character file names', async () => {
    const { page } = session;
    await importLongFiles(page);

    const wide: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of VIEWS) {
        await session.open(view.link);
        const overflow = await measureOverflow(page);
        if (overflow.scrollWidth > overflow.innerWidth + 1) {
          wide.push(
            `${view.name} at ${width}: ${overflow.scrollWidth}px > ${overflow.innerWidth}px (${overflow.offenders.join(', ')})`,
          );
        }
        if (view.name === 'overview') {
          const source = (await page.locator('[data-testid="overview-source"]').textContent()) ?? '';
          expect(source.normalize('NFC')).toContain(`tệp nhập ${SCORES_FILE}`);
        }
        if (view.name === 'plan' && width === 390) {
          await expectVisible(page, '[data-testid="plan-task-detail"]');
          await page.screenshot({ path: artifactPath('long-text-plan-390.png'), timeout: 15_000 });
          // Without the wrapping rules the table is tens of thousands of pixels wide and cannot be captured:
          // the width check below then says which elements are too wide.
          await page
            .locator('[data-testid="plan-task-table"]')
            .screenshot({ path: artifactPath('long-text-plan-table-390.png'), timeout: 15_000 })
            .catch(() => null);
        }
      }
    }
    expect(wide).toEqual([]);
  });
});

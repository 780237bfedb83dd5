// One file dropped on the Data view of the built app (headless Chromium, a fresh profile), timed in the page
// the way a person waits for it: from the file input's change to the import's outcome, with the time the
// sheet picker waits for its click left out (the click is made the moment the picker shows).

import type { Page } from 'playwright-core';
import { waitForDataReady } from '../../e2e/helpers/app.ts';
import { launchGuarded } from '../../e2e/helpers/browser.ts';

const TIMEOUT_MS = 180_000;
const DATA_VIEW = '?province=P43&year=2024&lang=vi&view=data';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Stamps the moment the browser hands the dropped file to the app (capture phase: before the app's handler).
const DROP_STAMP_SCRIPT = `document.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'file') window.__benchDropAt = performance.now();
}, true);`;

export interface DroppedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DropTiming {
  /** ms from the drop to the sheet picker (null: the file applied without one). */
  readonly toPicker: number | null;
  /** ms from the picker's click (or the drop) to the outcome. */
  readonly toOutcome: number;
  /** What the person waits: toPicker + toOutcome. */
  readonly total: number;
  /** Of the total, ms DuckDB spent in the app's statements (its `papi:sql` measures): the rest is JavaScript. */
  readonly sql: number;
  /** The outcome's counts: rows added, replaced, rejected. */
  readonly added: number;
  readonly replaced: number;
  readonly rejected: number;
}

/** Waits for the outcome line "<file>: thêm A, thay thế R, từ chối X dòng." and returns its time and counts. */
async function waitForOutcome(page: Page, file: string): Promise<[number, number, number, number]> {
  const handle = await page.waitForFunction(
    (name) => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = (status.textContent ?? '').normalize('NFC');
        const at = text.indexOf(`${name}: thêm `);
        if (at === -1) continue;
        const counts = /thêm (\d+), thay thế (\d+), từ chối (\d+)/.exec(text.slice(at));
        if (counts !== null) return [performance.now(), ...counts.slice(1).map(Number)];
      }
      return false;
    },
    file.normalize('NFC'),
    { timeout: TIMEOUT_MS, polling: 10 },
  );
  return (await handle.jsonValue()) as [number, number, number, number];
}

async function timeDrop(page: Page, file: DroppedFile): Promise<DropTiming> {
  const mimeType = file.name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
  await page
    .getByLabel('Nhập tệp dữ liệu', { exact: true })
    .setInputFiles([{ name: file.name, mimeType, buffer: Buffer.from(file.bytes) }]);
  const dropAt = Number(
    await page.evaluate(() => (window as unknown as { __benchDropAt: number }).__benchDropAt),
  );
  if (!Number.isFinite(dropAt)) throw new Error(`${file.name}: the file input never changed`);
  // Either the picker (a workbook with several year sheets) or the outcome comes first.
  const first = await page.waitForFunction(
    (name) => {
      if (document.querySelector('[data-testid="sheet-picker"] button[type="submit"]') !== null) {
        return { picker: performance.now() };
      }
      const statuses = [...document.querySelectorAll('[role="status"]')];
      return statuses.some((s) => (s.textContent ?? '').normalize('NFC').includes(`${name}: thêm `))
        ? {}
        : false;
    },
    file.name.normalize('NFC'),
    { timeout: TIMEOUT_MS, polling: 10 },
  );
  const { picker } = (await first.jsonValue()) as { picker?: number };
  let clickAt = dropAt;
  if (picker !== undefined) {
    clickAt = await page.evaluate(() => {
      // The picker's submit button (the newest year is ticked by default).
      const button = document.querySelector<HTMLButtonElement>(
        '[data-testid="sheet-picker"] button[type="submit"]',
      );
      if (button === null) throw new Error('no import button in the sheet picker');
      const at = performance.now();
      button.click();
      return at;
    });
  }
  const [outcomeAt, added, replaced, rejected] = await waitForOutcome(page, file.name);
  const sql = await page.evaluate(
    ([from, to]) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('papi:sql') && m.startTime >= from && m.startTime <= to)
        .reduce((sum, m) => sum + m.duration, 0),
    [dropAt, outcomeAt] as const,
  );
  const toPicker = picker === undefined ? null : picker - dropAt;
  const toOutcome = outcomeAt - clickAt;
  return { toPicker, toOutcome, total: (toPicker ?? 0) + toOutcome, sql, added, replaced, rejected };
}

/** Opens the Data view in a fresh browser, waits for the engine, drops `file` and times it. */
export async function dropOnDataView(origin: string, file: DroppedFile): Promise<DropTiming> {
  const browser = await launchGuarded({ origin, observeOnly: true, measuresSpeed: true });
  try {
    await browser.context.addInitScript(DROP_STAMP_SCRIPT);
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${DATA_VIEW}`);
    await waitForDataReady(page, TIMEOUT_MS);
    await page.locator('[data-testid="datasets-table"]').waitFor({ timeout: TIMEOUT_MS });
    return await timeDrop(page, file);
  } finally {
    await browser.close();
  }
}

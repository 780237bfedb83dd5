// Cell values as offices type them → canonical values; null when the text cannot be read.

import { foldKey } from '../../domain/fold-text.ts';

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const GROUPED_POINT_DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234.5
const GROUPED_COMMA_DECIMAL = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.234,5

/**
 * A number with a decimal point or comma (`38.97`, `38,97`). With one separator it is always the
 * decimal one (scores are small: `1.234` is 1.234, not 1234); thousands groups are read only
 * when both separators appear (`1.234,5`, `1,234.5`) or groups repeat (`1.234.567`).
 */
export function parseDecimal(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0]/g, '');
  if (PLAIN_NUMBER.test(compact)) return Number(compact.replace(',', '.'));
  if (GROUPED_POINT_DECIMAL.test(compact) && (compact.includes('.') || /,.*,/.test(compact))) {
    return Number(compact.replace(/,/g, ''));
  }
  if (GROUPED_COMMA_DECIMAL.test(compact) && (compact.includes(',') || /\..*\./.test(compact))) {
    return Number(compact.replace(/\./g, '').replace(',', '.'));
  }
  return null;
}

/** A percentage on the 0-100 scale, with or without `%` (`45`, `45%`, `45,5 %`); the range is checked by the validator. */
export function parsePercent(text: string): number | null {
  return parseDecimal(text.trim().replace(/%$/, ''));
}

export type TaskStatus = 'done' | 'in_progress' | 'not_started';

/** Accepted status words (folded with foldKey) → status. The README lists them. */
export const STATUS_ALIASES: Readonly<Record<TaskStatus, readonly string[]>> = {
  done: ['Hoàn thành', 'Đã hoàn thành', 'Xong', 'Đã xong', 'done', 'completed', 'complete', 'finished'],
  in_progress: [
    'Đang thực hiện',
    'Đang triển khai',
    'Đang tiến hành',
    'in progress',
    'in_progress',
    'ongoing',
    'started',
  ],
  not_started: [
    'Chưa thực hiện',
    'Chưa triển khai',
    'Chưa bắt đầu',
    'not started',
    'not_started',
    'not yet started',
    'pending',
  ],
};

const STATUS_LOOKUP: ReadonlyMap<string, TaskStatus> = new Map(
  (Object.keys(STATUS_ALIASES) as TaskStatus[]).flatMap((status) =>
    STATUS_ALIASES[status].map((alias) => [foldKey(alias), status] as const),
  ),
);

/** A status as written ("Đã hoàn thành", "in progress") → its canonical value, else null. */
export function parseStatus(text: string): TaskStatus | null {
  return STATUS_LOOKUP.get(foldKey(text)) ?? null;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug is folded into that epoch); serials in
// this range are 1954-09-27 .. 2173-10-14, wide enough for report dates and clear of years like 2024.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const SERIAL_RANGE = [20_000, 100_000] as const;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** An Excel date serial (days since 1899-12-30, fraction = time of day) → `yyyy-mm-dd`, else null. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_RANGE[0] || serial >= SERIAL_RANGE[1]) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** `dd/mm/yyyy` (also `-` or `.`, one-digit day or month), `yyyy-mm-dd` or an Excel serial → `yyyy-mm-dd`, else null. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d+(?:[.,]\d+)?$/.test(value)) return excelSerialToIsoDate(Number(value.replace(',', '.')));
  return null;
}

// Pure, locale-aware formatting of numbers and periods; missing values print as an em dash, never as 0.
import type { Language } from './languages.ts';
import { messagesOf } from './dictionaries.ts';
import { formatDecimal, intlOptions, type DecimalStyle } from './decimal-format.ts';
import { LOCALES } from './languages.ts';
import { translate } from './translate.ts';
import type { MessageKey } from './vi.ts';

/** What a missing value prints as. */
export const MISSING_VALUE = '—';

/** True minus sign (U+2212), easier to read than a hyphen next to a plus. */
const MINUS_SIGN = '\u2212';

/** `value` written in `lang` with `style` (decimal-format.ts: as Intl.NumberFormat would, without its set-up); Intl
 * itself only for ±∞, which none of the app's figures is. */
const written = (lang: Language, value: number, style: DecimalStyle): string =>
  Number.isFinite(value)
    ? formatDecimal(lang, value, style)
    : new Intl.NumberFormat(LOCALES[lang], intlOptions(style)).format(value);

function isMissing(value: number | null | undefined): value is null | undefined {
  return value == null || Number.isNaN(value);
}

/** 38.97 → "38,97" (vi) or "38.97" (en); `digits` fixed decimals (default 2). */
export function formatNumber(lang: Language, value: number | null | undefined, digits = 2): string {
  if (isMissing(value)) return MISSING_VALUE;
  return written(lang, value, { digits, sign: 'auto', percent: false });
}

/** The decimal sign `lang` writes numbers with ("0,5" in Vietnamese, "0.5" in English). */
export function decimalSignOf(lang: Language): ',' | '.' {
  return formatNumber(lang, 0.5, 1).includes(',') ? ',' : '.';
}

/** A change with its sign: 1.57 → "+1,57", −1.57 → "−1,57" (vi); zero has no sign. */
export function formatSignedNumber(lang: Language, value: number | null | undefined, digits = 2): string {
  if (isMissing(value)) return MISSING_VALUE;
  return written(lang, value, { digits, sign: 'exceptZero', percent: false }).replace('-', MINUS_SIGN);
}

/** A share 0-1 as a percentage: 0.72 → "72%" (as Intl writes it for the locale). */
export function formatPercent(lang: Language, share: number | null | undefined, digits = 0): string {
  if (isMissing(share)) return MISSING_VALUE;
  return written(lang, share, { digits, sign: 'auto', percent: true });
}

/** A rank out of a count: "58/61". */
export function formatRank(rank: number | null | undefined, count: number | null | undefined): string {
  if (isMissing(rank) || isMissing(count)) return MISSING_VALUE;
  return `${rank}/${count}`;
}

// Each period kind and number has its own message, so every language writes it its own way
// ("Quý IV/2025", "Q4 2025"; "Tháng 9/2025", "Sep 2025").
const HALF_KEYS = ['period.h1', 'period.h2'] as const satisfies readonly MessageKey[];
const QUARTER_KEYS = [
  'period.q1',
  'period.q2',
  'period.q3',
  'period.q4',
] as const satisfies readonly MessageKey[];
const MONTH_KEYS = [
  ...['period.m1', 'period.m2', 'period.m3', 'period.m4', 'period.m5', 'period.m6'],
  ...['period.m7', 'period.m8', 'period.m9', 'period.m10', 'period.m11', 'period.m12'],
] as const satisfies readonly MessageKey[];

/** The message and year of a period label ('2025-Q4', '2025-H1', '2025-09', '2025', as papi_period_end reads them); null if unreadable. */
function periodMessage(period: string): { key: MessageKey; year: string } | null {
  const match = /^(\d{4})(?:-(?:[Qq]([1-4])|[Hh]([12])|(0[1-9]|1[0-2])))?$/.exec(period.trim());
  if (match === null) return null;
  const [, year = '', quarter, half, month] = match;
  const key =
    quarter !== undefined
      ? QUARTER_KEYS[Number(quarter) - 1]
      : half !== undefined
        ? HALF_KEYS[Number(half) - 1]
        : month !== undefined
          ? MONTH_KEYS[Number(month) - 1]
          : 'period.year';
  return key === undefined ? null : { key, year };
}

/** A period label as offices write it: '2025-Q4' → "Quý IV/2025" (vi) / "Q4 2025" (en); an unreadable label is returned as is. */
export function formatPeriod(period: string, lang: Language): string {
  const message = periodMessage(period);
  return message === null ? period : translate(messagesOf(lang), message.key, { year: message.year });
}

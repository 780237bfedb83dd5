// Pure, locale-aware number formatting; missing values print as an em dash, never as 0.
import type { Language } from './languages.ts';
import { LOCALES } from './languages.ts';

/** What a missing value prints as. */
export const MISSING_VALUE = '—';

/** True minus sign (U+2212), easier to read than a hyphen next to a plus. */
const MINUS_SIGN = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

function getFormatter(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(cacheKey);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALES[lang], options);
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value == null || Number.isNaN(value);
}

/** 38.97 → "38,97" (vi) or "38.97" (en); `digits` fixed decimals (default 2). */
export function formatNumber(lang: Language, value: number | null | undefined, digits = 2): string {
  if (isMissing(value)) return MISSING_VALUE;
  return getFormatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A change with its sign: 1.57 → "+1,57", −1.57 → "−1,57" (vi); zero has no sign. */
export function formatSignedNumber(lang: Language, value: number | null | undefined, digits = 2): string {
  if (isMissing(value)) return MISSING_VALUE;
  return getFormatter(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  })
    .format(value)
    .replace('-', MINUS_SIGN);
}

/** A share 0-1 as a percentage: 0.72 → "72%" (as Intl writes it for the locale). */
export function formatPercent(lang: Language, share: number | null | undefined, digits = 0): string {
  if (isMissing(share)) return MISSING_VALUE;
  return getFormatter(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A rank out of a count: "58/61". */
export function formatRank(rank: number | null | undefined, count: number | null | undefined): string {
  if (isMissing(rank) || isMissing(count)) return MISSING_VALUE;
  return `${rank}/${count}`;
}

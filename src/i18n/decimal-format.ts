// Numbers written as Intl.NumberFormat writes them for the app's two locales (languages.ts), without asking it:
// a page's first Intl.NumberFormat makes ICU set up number formatting, 25-45 ms of the main thread in a fresh
// Chromium on this project's machines, four times that on a slow phone, in the first screen's render. The rules
// are few: the shortest decimal of the double (as ICU reads it), rounded half away from zero, thousands grouped
// by three. A property test holds every kind equal to Intl's, over any finite number (tests/i18n/decimal-format.test.ts).
import type { Language } from './languages.ts';

/** Each language's decimal sign and thousands separator (vi-VN: 1.234,5; en-GB: 1,234.5). */
const SEPARATORS: Readonly<Record<Language, { decimal: string; group: string }>> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** How the sign is shown: 'auto' a minus for any negative (-0 and -0.001 included), 'exceptZero' a sign unless it rounds to 0. */
export type SignDisplay = 'auto' | 'exceptZero';

export interface DecimalStyle {
  /** Decimals written, exactly. */
  digits: number;
  sign: SignDisplay;
  /** A share written as a percentage (×100, then "%"). */
  percent: boolean;
}

/** Intl.NumberFormat's options for `style`: what formatDecimal writes like, and its fallback for ±∞. */
export const intlOptions = (style: DecimalStyle): Intl.NumberFormatOptions => ({
  minimumFractionDigits: style.digits,
  maximumFractionDigits: style.digits,
  signDisplay: style.sign,
  ...(style.percent ? { style: 'percent' } : {}),
});

/** `magnitude` (≥ 0, finite) as its shortest decimal: the digits without leading zeros and where the point goes. */
function shortestDecimal(magnitude: number): { digits: string; point: number } {
  const text = magnitude.toString();
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const wholeLength = dot < 0 ? mantissa.length : dot;
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let leadingZeros = 0;
  while (digits[leadingZeros] === '0') leadingZeros += 1;
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  return { digits: digits.slice(leadingZeros), point: wholeLength + exponent - leadingZeros };
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100", "" → "1"). */
function incremented(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '9') end -= 1;
  const zeros = '0'.repeat(digits.length - end);
  return end === 0 ? `1${zeros}` : digits.slice(0, end - 1) + String(Number(digits[end - 1]) + 1) + zeros;
}

/**
 * `magnitude` × 10^shift rounded half away from zero to `digits` decimals, as the digits of that many hundredths
 * (etc.), without leading zeros: '' when it rounds to 0.
 */
function roundedUnits(magnitude: number, digits: number, shift: number): string {
  const decimal = shortestDecimal(magnitude);
  const kept = decimal.point + shift + digits;
  if (kept < 0) return '';
  const units = decimal.digits.slice(0, kept).padEnd(kept, '0');
  if ((decimal.digits[kept] ?? '0') >= '5') return incremented(units);
  return /^0*$/.test(units) ? '' : units;
}

/** "1234567" → "1.234.567" with `group` between each three digits from the right. */
const grouped = (whole: string, group: string): string =>
  whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;

/** `value` (finite) written in `lang` with `style`, as Intl.NumberFormat writes it. */
export function formatDecimal(lang: Language, value: number, style: DecimalStyle): string {
  const { decimal, group } = SEPARATORS[lang];
  const { digits } = style;
  const units = roundedUnits(Math.abs(value), digits, style.percent ? 2 : 0);
  const whole = units.length > digits ? units.slice(0, units.length - digits) : '0';
  const fraction = units.length > digits ? units.slice(units.length - digits) : units.padStart(digits, '0');
  const negative = value < 0 || Object.is(value, -0);
  const sign = style.sign === 'auto' ? (negative ? '-' : '') : units === '' ? '' : negative ? '-' : '+';
  return sign + grouped(whole, group) + (digits > 0 ? decimal + fraction : '') + (style.percent ? '%' : '');
}

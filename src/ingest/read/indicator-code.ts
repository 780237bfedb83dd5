// Indicator codes as they come out of Excel. A code typed as `1.1` (or `1,1` on a Vietnamese
// machine) becomes the number 1.1, and may come back as `1.10` or `1,10` once formatted. Rule:
// an exact known code wins; otherwise a code that reads as a number is replaced by the known code
// with the same numeric value, only when exactly one known code has it (never when the list has
// both 1.1 and 1.10, where the number cannot say which was meant).

import { foldDiacritics } from '../../domain/fold-text.ts';

const NUMERIC_CODE = /^\d+(?:[.,]\d+)?$/;
const TOTAL_WORDS = new Set([
  'total',
  'tong',
  'tong hop',
  'tong diem',
  'papi',
  'chi so tong hop',
  'diem tong hop',
]);
// "Chỉ số 1.1", "CS 1", "Chỉ số nội dung 1", "Indicator 1.1", "Dimension 3": a prefix before the code.
const CODE_PREFIX = /^(?:chi so(?: noi dung| thanh phan)?|cs|indicator|dimension|sub-?dimension)\s*/;

const numericValue = (code: string): number => Number(code.replace(',', '.'));

/** A matcher from written codes to known codes (exact, case-insensitive, or recovered from a number); lookups are maps, built once. */
export function createIndicatorCodeMatcher(knownCodes: readonly string[]): (raw: string) => string | null {
  const byLowerCase = new Map(knownCodes.map((code) => [code.toLowerCase(), code] as const));
  const byValue = new Map<number, string[]>();
  for (const code of knownCodes.filter((known) => NUMERIC_CODE.test(known))) {
    byValue.set(numericValue(code), [...(byValue.get(numericValue(code)) ?? []), code]);
  }
  return (raw) => {
    const text = raw.trim();
    const exact = byLowerCase.get(text.toLowerCase());
    if (exact !== undefined) return exact;
    if (!NUMERIC_CODE.test(text)) return null;
    const matches = byValue.get(numericValue(text)) ?? [];
    return matches.length === 1 ? (matches[0] ?? null) : null;
  };
}

/** The known code `raw` stands for, else null (one-off use; see createIndicatorCodeMatcher). */
export function normaliseIndicatorCode(raw: string, knownCodes: readonly string[]): string | null {
  return createIndicatorCodeMatcher(knownCodes)(raw);
}

/** The indicator code a wide layout's column header stands for ("1.1", "Chỉ số 1", "Tổng"), else null. */
export function indicatorCodeOfHeader(header: string, knownCodes: readonly string[]): string | null {
  const folded = foldDiacritics(header);
  if (TOTAL_WORDS.has(folded) && knownCodes.includes('total')) return 'total';
  const code = folded.replace(CODE_PREFIX, '');
  return NUMERIC_CODE.test(code) ? normaliseIndicatorCode(code, knownCodes) : null;
}

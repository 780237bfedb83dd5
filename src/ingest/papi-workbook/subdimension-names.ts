// A sub-dimension row without its number ("Civic Knowledge" where only column B numbers it, and a file
// with English labels only): matched by the indicator's name in the loaded indicators table.

import { foldKey } from '../../domain/fold-text.ts';
import type { IndicatorScale } from '../read/import-rows.ts';

// A name written shorter or longer than the table's ("Opportunities for Participation" for
// "Opportunities for Participation in Elections") still matches when the shorter one has this many letters.
const MIN_PREFIX_LETTERS = 12;

const SUBDIMENSION_CODE = /^\d+\.\d+$/;

const matches = (written: string, known: string): boolean =>
  written === known ||
  (Math.min(written.length, known.length) >= MIN_PREFIX_LETTERS &&
    (written.startsWith(known) || known.startsWith(written)));

/** Finds sub-dimension codes by name (Vietnamese or English), preferring those of `dimension`. */
export function createSubdimensionNameMatcher(
  indicators: readonly IndicatorScale[],
): (labels: readonly string[], dimension: string | null) => string | null {
  const named = indicators
    .filter((indicator) => SUBDIMENSION_CODE.test(indicator.code))
    .map((indicator) => ({
      code: indicator.code,
      keys: [indicator.name_vi, indicator.name_en].flatMap((name) =>
        name === undefined || name === null || name === '' ? [] : [foldKey(name)],
      ),
    }));
  return (labels, dimension) => {
    const written = labels.map(foldKey).filter((key) => key !== '');
    const found = named.filter(({ keys }) => keys.some((key) => written.some((text) => matches(text, key))));
    const inDimension = found.filter(({ code }) => code.split('.')[0] === dimension);
    const pick = inDimension.length > 0 ? inDimension : found;
    return pick.length === 1 ? (pick[0]?.code ?? null) : null;
  };
}

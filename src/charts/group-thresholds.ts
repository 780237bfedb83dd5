// The PAPI group cuts in words: "Thấp < 36,12 ≤ Trung bình thấp < 38,00 ≤ Trung bình cao < 39,50 ≤ Cao".
import type { I18n } from '../i18n/create-i18n.ts';

/** The three quartile cuts of a year's totals (p25 < p50 < p75); a total on a cut belongs to the upper group. */
export interface GroupCuts {
  p25: number;
  p50: number;
  p75: number;
}

/** Each cut named by the two groups it separates, lowest group first; plain text (escape before HTML). */
export function describeGroupThresholds(cuts: GroupCuts, i18n: I18n): string {
  const { t, formatNumber } = i18n;
  const cut = (value: number): string => `< ${formatNumber(value)} ≤`;
  return [
    t('group.low'),
    cut(cuts.p25),
    t('group.lower_middle'),
    cut(cuts.p50),
    t('group.upper_middle'),
    cut(cuts.p75),
    t('group.high'),
  ].join(' ');
}

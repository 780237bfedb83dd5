// The indicator picker's grouped list: the total first, then one group per dimension holding the dimension
// and its sub-dimensions, each with its official name in the chosen language.
import type { Indicator } from '../../domain/types.ts';
import type { Language } from '../../i18n/languages.ts';
import { indicatorName } from './indicator-names.ts';

export interface IndicatorOption {
  code: string;
  label: string;
}

export interface IndicatorOptionGroup {
  /** The group's label (the dimension), or null for the total, which stands alone. */
  label: string | null;
  options: IndicatorOption[];
}

/** "2.3 Công khai, minh bạch…" (the total has no code in its label). */
export function indicatorLabel(indicator: Indicator, lang: Language): string {
  const name = indicatorName(indicator, lang);
  return indicator.level === 'total' ? name : `${indicator.code}. ${name}`;
}

const byCode = (a: Indicator, b: Indicator): number => a.code.localeCompare(b.code, 'en', { numeric: true });

/** Total, then each dimension (by number) with its sub-dimensions under it. */
export function buildIndicatorOptionGroups(
  indicators: readonly Indicator[],
  lang: Language,
): IndicatorOptionGroup[] {
  const total = indicators.filter((i) => i.level === 'total');
  const dimensions = indicators.filter((i) => i.level === 'dimension').sort(byCode);
  return [
    { label: null, options: total.map((i) => ({ code: i.code, label: indicatorLabel(i, lang) })) },
    ...dimensions.map((dimension) => ({
      label: indicatorLabel(dimension, lang),
      options: [
        dimension,
        ...indicators.filter((i) => i.level === 'subdimension' && i.parent === dimension.code).sort(byCode),
      ].map((i) => ({ code: i.code, label: indicatorLabel(i, lang) })),
    })),
  ];
}

/** The indicator whose parts the small multiples show: the indicator itself, or a sub-dimension's dimension. */
export function partsParentOf(indicator: Indicator | undefined): string {
  if (indicator === undefined) return 'total';
  return indicator.level === 'subdimension' ? (indicator.parent ?? 'total') : indicator.code;
}

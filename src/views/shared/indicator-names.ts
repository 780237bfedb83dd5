// Indicators' display names in the UI language, for the tables, filters, pickers and panels of every view.
import type { Indicator, IndicatorCode } from '../../domain/types.ts';
import type { Language } from '../../i18n/languages.ts';

/** The official name of an indicator in `lang`. */
export function indicatorName(indicator: Indicator, lang: Language): string {
  return lang === 'vi' ? indicator.nameVi : indicator.nameEn;
}

/** Every dimension with its name in `lang`, in the order of `indicators`. */
export function listDimensionNames(
  indicators: readonly Indicator[],
  lang: Language,
): { code: IndicatorCode; name: string }[] {
  return indicators
    .filter((indicator) => indicator.level === 'dimension')
    .map((indicator) => ({ code: indicator.code, name: indicatorName(indicator, lang) }));
}

/** Code → display name of every dimension, in `lang`. */
export function mapDimensionNames(
  indicators: readonly Indicator[],
  lang: Language,
): Record<IndicatorCode, string> {
  return Object.fromEntries(listDimensionNames(indicators, lang).map(({ code, name }) => [code, name]));
}

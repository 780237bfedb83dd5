import type { Indicator, IndicatorCode } from '../../domain/types.ts';
import type { Language } from '../../i18n/languages.ts';

/** Code → display name of every dimension, in `lang`. */
export function mapDimensionNames(
  indicators: readonly Indicator[],
  lang: Language,
): Record<IndicatorCode, string> {
  const names: Record<IndicatorCode, string> = {};
  for (const indicator of indicators) {
    if (indicator.level === 'dimension')
      names[indicator.code] = lang === 'vi' ? indicator.nameVi : indicator.nameEn;
  }
  return names;
}

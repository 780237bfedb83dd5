// The gap chart in words: title, a subtitle that states the order of the rows, and a one-line summary.
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';

/** What the description needs from the gap chart's settings. */
export interface GapDescriptionSettings {
  provinceName: string;
  year: number;
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  /** The order the rows come in, in words (e.g. "hạng thấp nhất ở trên"): the subtitle states it. */
  orderLabel: string;
}

/** "8. Quản trị điện tử": a dimension's code and its name in the chart's language. */
export function dimensionLabel(code: IndicatorCode, names: Readonly<Record<IndicatorCode, string>>): string {
  return `${code}. ${names[code] ?? code}`;
}

/** Title, subtitle (with the stated order) and summary ("5 chỉ số dưới trung vị; xa nhất: 8. … (−0,96)"). */
export function describeDimensionGap(
  rows: readonly DimensionStanding[],
  settings: GapDescriptionSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const below = rows.filter((row) => row.gapToMedian < 0);
  const furthest = below.reduce<DimensionStanding | undefined>(
    (worst, row) => (worst === undefined || row.gapToMedian < worst.gapToMedian ? row : worst),
    undefined,
  );
  const summary =
    furthest === undefined
      ? t('chart.gap.summaryNoneBelow', { count: rows.length })
      : t('chart.gap.summary', {
          below: below.length,
          count: rows.length,
          furthest: dimensionLabel(furthest.indicator, settings.dimensionNames),
          gap: i18n.formatSignedNumber(furthest.gapToMedian),
        });
  return {
    title: t('chart.gap.title', { province: settings.provinceName, year: settings.year }),
    subtitle: t('chart.gap.subtitle', { order: settings.orderLabel }),
    summary,
  };
}

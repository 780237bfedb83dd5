// The gap chart's data as a table (the accessible alternative to the canvas), rows in the chart's order.
import type { DimensionStanding } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import type { GapDescriptionSettings } from './gap-description.ts';
import { describeDimensionGap, dimensionLabel } from './gap-description.ts';

/** One row per dimension, top to bottom as the bars: score, national median, gap, rank. */
export function buildDimensionGapTable(
  rows: readonly DimensionStanding[],
  settings: GapDescriptionSettings,
  i18n: I18n,
): ChartTable {
  const { t } = i18n;
  const description = describeDimensionGap(rows, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [
      t('chart.table.dimension'),
      t('chart.tooltip.score'),
      t('chart.tooltip.median'),
      t('chart.tooltip.gap'),
      t('chart.tooltip.rank'),
    ],
    rows: rows.map((row) => ({
      header: dimensionLabel(row.indicator, settings.dimensionNames),
      cells: [
        i18n.formatNumber(row.score),
        i18n.formatNumber(row.nationalMedian),
        i18n.formatSignedNumber(row.gapToMedian),
        i18n.formatRank(row.rank, row.scoredCount),
      ],
    })),
  };
}

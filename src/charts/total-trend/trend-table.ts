// The trend's data as a table (the accessible alternative to the canvas): one row per year, oldest first.
import type { TotalTrendPoint } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeTotalTrend } from './trend-description.ts';
import type { PredecessorTotals } from './trend-predecessors.ts';

/** Year, number of dimensions, the province's total and rank, the national median and the group thresholds. */
export function buildTotalTrendTable(
  points: readonly TotalTrendPoint[],
  settings: { provinceName: string; predecessors?: readonly PredecessorTotals[] | undefined },
  i18n: I18n,
): ChartTable {
  const { t, formatNumber } = i18n;
  const predecessors = settings.predecessors ?? [];
  const predecessorScore = (p: PredecessorTotals, year: number): string => {
    const row = p.totals.find((total) => total.year === year);
    return row === undefined
      ? '–'
      : `${formatNumber(row.score)} (${i18n.formatRank(row.rank, row.scoredCount)})`;
  };
  const threshold = (group: 'group.lower_middle' | 'group.upper_middle' | 'group.high'): string =>
    t('chart.table.threshold', { group: t(group) });
  const description = describeTotalTrend(points, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [
      t('chart.table.year'),
      t('chart.table.dimensionCount'),
      t('chart.table.score', { province: settings.provinceName }),
      t('chart.tooltip.rank'),
      ...predecessors.map((p) => p.name),
      t('chart.tooltip.median'),
      threshold('group.lower_middle'),
      threshold('group.upper_middle'),
      threshold('group.high'),
    ],
    rows: [...points]
      .sort((a, b) => a.year - b.year)
      .map((p) => ({
        header: String(p.year),
        cells: [
          String(p.dimensionCount),
          formatNumber(p.score),
          i18n.formatRank(p.rank, p.scoredCount),
          ...predecessors.map((predecessor) => predecessorScore(predecessor, p.year)),
          formatNumber(p.nationalMedian),
          formatNumber(p.p25),
          formatNumber(p.p50),
          formatNumber(p.p75),
        ],
      })),
  };
}

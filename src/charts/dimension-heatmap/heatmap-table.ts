// The heatmap as a table: what "Show as table" and the CSV export give.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeDimensionHeatmap } from './heatmap-description.ts';
import type { HeatmapRows, HeatmapSettings } from './heatmap-rows.ts';

/** The cells as a table: a row per dimension, a column per year, "score (rank)" in each cell. */
export function buildDimensionHeatmapTable(
  rows: HeatmapRows,
  settings: HeatmapSettings,
  i18n: I18n,
): ChartTable {
  const description = describeDimensionHeatmap(rows, settings, i18n);
  const cell = (code: string, year: number): string => {
    const found = rows.cells.find((c) => c.indicator === code && c.year === year);
    return found === undefined
      ? '–'
      : `${i18n.formatNumber(found.score)} (${i18n.formatRank(found.rank, found.scoredCount)})`;
  };
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('chart.table.dimension'), ...rows.years.map(String)],
    rows: rows.dimensions.map((d) => ({
      header: d.label,
      cells: rows.years.map((year) => cell(d.code, year)),
    })),
  };
}

// The heatmap's one series: a cell per scored (year, dimension), valued by rank or by score; unscored
// cells have no datum, so they stay empty (never 0).
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import type { HeatmapLayout } from './heatmap-layout.ts';
import type { HeatmapRows } from './heatmap-rows.ts';

export function buildHeatmapSeries(
  rows: HeatmapRows,
  byRank: boolean,
  layout: HeatmapLayout,
  i18n: I18n,
): HeatmapSeriesOption {
  const rowIndex = new Map(rows.dimensions.map((d, index) => [d.code, index]));
  const colIndex = new Map(rows.years.map((year, index) => [year, index]));
  const data = rows.cells.flatMap((c) => {
    const x = colIndex.get(c.year);
    const y = rowIndex.get(c.indicator);
    return x === undefined || y === undefined ? [] : [[x, y, byRank ? c.rank : roundAsPublished(c.score)]];
  });
  return {
    type: 'heatmap',
    data,
    label: {
      show: !layout.narrow,
      fontSize: 10,
      formatter: (p: { value?: unknown }) => {
        const value = Array.isArray(p.value) ? Number(p.value[2]) : NaN;
        return byRank ? String(value) : i18n.formatNumber(value, 1);
      },
    },
    itemStyle: { borderColor: '#FFFFFF', borderWidth: 1 },
  };
}

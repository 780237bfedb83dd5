// A heatmap of the province's dimensions by year, coloured by its rank among provinces or by its score
// (a switch), with a legend that says which. Unscored cells stay empty (never 0).
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { buildHeatmapAxes } from './heatmap-axes.ts';
import { buildHeatmapColourScale } from './heatmap-colour-scale.ts';
import { describeDimensionHeatmap } from './heatmap-description.ts';
import { computeHeatmapLayout } from './heatmap-layout.ts';
import type { HeatmapRows, HeatmapSettings } from './heatmap-rows.ts';
import { buildHeatmapSeries } from './heatmap-series.ts';
import { buildHeatmapTooltip } from './heatmap-tooltip.ts';

/** Pure option: years across, dimensions down, colour by rank (1 = best, blue) or by score (high = blue). */
export function buildDimensionHeatmapOption(
  rows: HeatmapRows,
  settings: HeatmapSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const description = describeDimensionHeatmap(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const byRank = settings.colour === 'rank';
  const layout = computeHeatmapLayout(settings.widthPx);
  return {
    ...frame.option,
    grid: {
      left: layout.labelWidthPx + 8,
      right: 16,
      top: Math.max(16, frame.topPx + 8),
      bottom: frame.bottomPx + 72,
    },
    tooltip: buildHeatmapTooltip(rows, i18n),
    ...buildHeatmapAxes(rows, layout),
    visualMap: buildHeatmapColourScale(
      rows,
      byRank,
      { widthPx: settings.widthPx, bottomPx: frame.bottomPx },
      i18n,
    ),
    series: [buildHeatmapSeries(rows, byRank, layout, i18n)],
  };
}

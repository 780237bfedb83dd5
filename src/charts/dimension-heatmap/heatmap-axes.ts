// Years across, dimensions down (the first dimension on top).
import { CHART_COLORS } from '../palette.ts';
import { HEATMAP_LABEL, type HeatmapLayout } from './heatmap-layout.ts';
import type { HeatmapRows } from './heatmap-rows.ts';

export function buildHeatmapAxes(rows: HeatmapRows, layout: HeatmapLayout) {
  return {
    xAxis: {
      type: 'category',
      data: rows.years.map(String),
      splitArea: { show: true },
      axisLabel: { color: CHART_COLORS.text, fontSize: layout.narrow ? 9 : 12 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.dimensions.map((d) => d.label),
      axisLabel: {
        color: CHART_COLORS.text,
        width: layout.labelWidthPx,
        overflow: 'break',
        fontSize: HEATMAP_LABEL.fontPx,
        lineHeight: HEATMAP_LABEL.linePx,
      },
    },
  };
}

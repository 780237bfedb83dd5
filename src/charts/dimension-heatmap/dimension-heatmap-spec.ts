// The heatmap as a chart spec: what a figure hands the chart wrapper and what an export re-renders.
import type { ChartSpec } from '../chart-spec.ts';
import { buildDimensionHeatmapOption } from './build-dimension-heatmap-option.ts';
import { describeDimensionHeatmap } from './heatmap-description.ts';
import { heatmapHeightPx } from './heatmap-layout.ts';
import type { HeatmapRows, HeatmapSettings } from './heatmap-rows.ts';
import { buildDimensionHeatmapTable } from './heatmap-table.ts';
import { yearSpan } from '../year-span.ts';

export const DIMENSION_HEATMAP_CHART_ID = 'chart-dimension-heatmap';

/** The heatmap's spec; its height grows with the number of dimensions (taller rows on a phone). */
export function createDimensionHeatmapSpec(
  rows: HeatmapRows,
  settings: HeatmapSettings,
): ChartSpec<HeatmapRows, HeatmapSettings> {
  return {
    id: DIMENSION_HEATMAP_CHART_ID,
    rows,
    settings,
    build: buildDimensionHeatmapOption,
    toTable: buildDimensionHeatmapTable,
    describe: describeDimensionHeatmap,
    drawsProgress: false,
    heightPx: (widthPx) => heatmapHeightPx(rows.dimensions.length, widthPx),
    exportName: { province: settings.provinceName, indicator: '', years: yearSpan(rows.years) },
  };
}

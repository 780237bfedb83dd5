// The gap chart as a chart spec: what a figure hands the chart wrapper and what an export re-renders.
import type { DimensionStanding } from '../../domain/types.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { DimensionGapSettings } from './build-dimension-gap-option.ts';
import { buildDimensionGapOption } from './build-dimension-gap-option.ts';
import { describeDimensionGap } from './gap-description.ts';
import { GAP_NARROW_WIDTH_PX } from './gap-layout.ts';
import { buildDimensionGapTable } from './gap-table.ts';

export const DIMENSION_GAP_CHART_ID = 'chart-dimension-gap';

/** Taller on a phone, where dimension names wrap to two or three lines. */
export const dimensionGapHeightPx = (widthPx: number): number => (widthPx < GAP_NARROW_WIDTH_PX ? 640 : 480);

/** The spec of a province's dimension gaps in one year. */
export function createDimensionGapSpec(
  rows: readonly DimensionStanding[],
  settings: DimensionGapSettings,
): ChartSpec<readonly DimensionStanding[], DimensionGapSettings> {
  return {
    id: DIMENSION_GAP_CHART_ID,
    rows,
    settings,
    build: buildDimensionGapOption,
    toTable: buildDimensionGapTable,
    describe: describeDimensionGap,
    drawsProgress: false,
    heightPx: dimensionGapHeightPx,
    exportName: { province: settings.provinceName, indicator: '', years: String(settings.year) },
  };
}

// The trend as a chart spec: what a figure hands the chart wrapper and what an export re-renders.
import type { TotalTrendPoint } from '../../domain/types.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { TotalTrendSettings } from './build-total-trend-option.ts';
import { buildTotalTrendOption } from './build-total-trend-option.ts';
import { describeTotalTrend } from './trend-description.ts';
import { buildTotalTrendTable } from './trend-table.ts';
import { yearSpan } from '../year-span.ts';

export const TOTAL_TREND_CHART_ID = 'chart-total-trend';
const TOTAL_TREND_HEIGHT_PX = 480;

/** The spec of a province's total trend. */
export function createTotalTrendSpec(
  points: readonly TotalTrendPoint[],
  settings: TotalTrendSettings,
): ChartSpec<readonly TotalTrendPoint[], TotalTrendSettings> {
  return {
    id: TOTAL_TREND_CHART_ID,
    rows: points,
    settings,
    build: buildTotalTrendOption,
    toTable: buildTotalTrendTable,
    describe: describeTotalTrend,
    drawsProgress: false,
    heightPx: TOTAL_TREND_HEIGHT_PX,
    exportName: {
      province: settings.provinceName,
      indicator: '',
      years: yearSpan(points.map((point) => point.year)),
    },
  };
}

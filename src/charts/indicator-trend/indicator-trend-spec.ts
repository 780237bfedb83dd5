// The indicator trend as a chart spec: what the figure hands the chart wrapper and an export re-renders.
import { REPLACE_ALL_BUT_TOOLTIP, type ChartSpec } from '../chart-spec.ts';
import { buildIndicatorTrendOption } from './build-indicator-trend-option.ts';
import { describeIndicatorTrend } from './indicator-trend-description.ts';
import type { IndicatorTrendRows, IndicatorTrendSettings } from './indicator-trend-rows.ts';
import { buildIndicatorTrendTable } from './indicator-trend-table.ts';
import { yearSpan } from '../year-span.ts';

export const INDICATOR_TREND_CHART_ID = 'chart-indicator-trend';

/** The spec of one indicator's trend against peers and the national spread. */
export function createIndicatorTrendSpec(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings,
): ChartSpec<IndicatorTrendRows, IndicatorTrendSettings> {
  return {
    id: INDICATOR_TREND_CHART_ID,
    rows,
    settings,
    build: buildIndicatorTrendOption,
    toTable: buildIndicatorTrendTable,
    describe: describeIndicatorTrend,
    drawsProgress: false,
    heightPx: (widthPx) => (widthPx < 600 ? 420 : 460),
    replaceMerge: REPLACE_ALL_BUT_TOOLTIP,
    exportName: {
      province: settings.provinceName,
      indicator: settings.indicatorLabel,
      years: yearSpan(rows.years.map((row) => row.year)),
    },
  };
}

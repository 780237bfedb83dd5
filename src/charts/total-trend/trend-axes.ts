// The trend's axes, legend and plot area, placed around the chart frame.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartFrame } from '../chart-frame.ts';
import { estimateLegendRows, LEGEND_ROW_HEIGHT_PX } from '../legend-rows.ts';
import { CHART_COLORS } from '../palette.ts';

export const TREND_GRID_LEFT_PX = 56;
export const TREND_GRID_RIGHT_PX = 24;
/** The legend's distance from the bottom when no source line sits below it. */
const LEGEND_MIN_BOTTOM_PX = 4;
/** Room above the plot for the y-axis name when no title sits above it. */
const AXIS_NAME_ROOM_PX = 28;

/** Room one year label takes on the axis: four digits and the gap before the next. */
const YEAR_LABEL_PX = 40;

/**
 * Which years are labelled on a plot `plotWidthPx` wide: every year when they fit, else every n-th counted
 * back from the last, so the latest year (what a reader looks for first) is always labelled.
 */
export function yearLabelInterval(yearCount: number, plotWidthPx: number): (index: number) => boolean {
  const step = Math.max(1, Math.ceil((yearCount * YEAR_LABEL_PX) / Math.max(1, plotWidthPx)));
  return (index) => (yearCount - 1 - index) % step === 0;
}

/**
 * A category axis of years and a value axis for the total, starting near the data rather than at 0. Given the
 * plot's width, the year labels are thinned from the last year back (ECharts' own thinning may drop it).
 * Both trends (total and indicator) use it, so neither leaves its latest year unlabelled on a phone.
 */
export function buildTrendAxes(years: readonly number[], i18n: I18n, plotWidthPx: number) {
  return {
    xAxis: {
      type: 'category',
      data: years.map(String),
      boundaryGap: false,
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: {
        color: CHART_COLORS.text,
        interval: yearLabelInterval(years.length, plotWidthPx),
      },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: i18n.t('chart.trend.yAxis'),
      nameTextStyle: { color: CHART_COLORS.mutedText, align: 'left' },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: { color: CHART_COLORS.text, formatter: (value: number) => i18n.formatNumber(value, 0) },
    },
  } as const;
}

/** The legend under the plot (above the frame's source line) and the plot area between title and legend. */
export function buildTrendLayout(frame: ChartFrame, legendNames: readonly string[], widthPx: number) {
  const legendBottomPx = Math.max(LEGEND_MIN_BOTTOM_PX, frame.bottomPx);
  const legendRows = estimateLegendRows(legendNames, widthPx);
  return {
    legend: {
      data: [...legendNames],
      bottom: legendBottomPx,
      left: 'center',
      itemWidth: 18,
      textStyle: { color: CHART_COLORS.text },
    },
    grid: {
      left: TREND_GRID_LEFT_PX,
      right: TREND_GRID_RIGHT_PX,
      top: Math.max(AXIS_NAME_ROOM_PX, frame.topPx + 24),
      bottom: legendBottomPx + 36 + legendRows * LEGEND_ROW_HEIGHT_PX,
    },
  };
}

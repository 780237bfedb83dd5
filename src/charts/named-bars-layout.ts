// The frame of a chart of horizontal bars with a name per row (the Plan view's completion and agency charts):
// a wrapped names column on the left that narrows on a phone, the legend above, the value axis named below.
import type { ChartFrame } from './chart-frame.ts';
import { estimateLegendRows, LEGEND_ROW_HEIGHT_PX } from './legend-rows.ts';
import { CHART_COLORS } from './palette.ts';

/** Below this width the names column narrows and its names wrap further. */
export const NAMED_BARS_NARROW_WIDTH_PX = 600;

export interface NamedBarsLayout {
  /** True on a phone: narrower names, smaller labels, fewer ticks. */
  narrow: boolean;
  /** Left edge of the plot. */
  left: number;
  /** The option's legend, grid, category axis (the names) and the value axis' common part. */
  legend: object;
  grid: object;
  yAxis: object;
  valueAxis: object;
}

/**
 * The layout at `widthPx`: `names` top to bottom (the first on top), `legendNames` above, `gridRightPx` right of
 * the plot, the value axis named `axisName`; `namesWidePx` is the names column on a desk.
 */
export function namedBarsLayout(options: {
  frame: ChartFrame;
  widthPx: number;
  names: readonly string[];
  legendNames: readonly string[];
  namesWidePx: number;
  gridRightPx: number;
  axisName: string;
}): NamedBarsLayout {
  const narrow = options.widthPx < NAMED_BARS_NARROW_WIDTH_PX;
  const namesWidthPx = narrow ? 112 : options.namesWidePx;
  const left = namesWidthPx + 24;
  const legendRows = estimateLegendRows(options.legendNames, options.widthPx);
  return {
    narrow,
    left,
    legend: {
      top: options.frame.topPx + 4,
      left: 16,
      right: 16,
      itemWidth: 18,
      data: [...options.legendNames],
      textStyle: { color: CHART_COLORS.text },
    },
    grid: {
      left,
      right: options.gridRightPx,
      top: options.frame.topPx + 12 + legendRows * LEGEND_ROW_HEIGHT_PX,
      bottom: options.frame.bottomPx + 52,
    },
    yAxis: {
      type: 'category',
      // The first row on top: the chart keeps the order it is given and never re-sorts.
      inverse: true,
      data: [...options.names],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: {
        color: CHART_COLORS.text,
        width: namesWidthPx,
        overflow: 'break',
        fontSize: narrow ? 10 : 12,
        lineHeight: 14,
      },
    },
    valueAxis: {
      type: 'value',
      min: 0,
      name: options.axisName,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: CHART_COLORS.mutedText },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
  };
}

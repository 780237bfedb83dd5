// The scatter's height and its score-change range: zero in the middle, the points inside, and above and below
// them a band for the quadrant labels, which sit in the plot's corners and take no part in label layout.
import { estimateLines } from '../chart-frame.ts';
import type { ScatterRow } from './scatter-rows.ts';

const MIN_HALF_RANGE = 0.5;
/** The plot's margins on screen: the y-axis name above it, the x-axis labels and name below it. */
const PLOT_TOP_PX = 36;
const PLOT_BOTTOM_PX = 48;
/** A quadrant label's lines (12 px text) and the padding ECharts puts around an inside label. */
const QUADRANT_LINE_PX = 16;
const QUADRANT_PADDING_PX = 10;
/** Half a point's symbol plus its number's half height: what must stay clear of a label band. */
const POINT_REACH_PX = 10;

/** Taller on a desktop; a phone's chart is shorter. */
export const scatterHeightPx = (widthPx: number): number => (widthPx < 500 ? 380 : 440);

/** The quadrant labels' band at the plot's top and bottom, in px, when wrapped at `labelWidthPx`. */
export function quadrantBandPx(labels: readonly string[], labelWidthPx: number): number {
  const lines = Math.max(1, ...labels.map((label) => estimateLines(label, 12, labelWidthPx)));
  return lines * QUADRANT_LINE_PX + QUADRANT_PADDING_PX;
}

/**
 * Half the y range: the largest change with a margin (at least 0.5 points, zero in the middle), widened until
 * the points stay out of the quadrant labels' band of `bandPx` on a plot `plotHeightPx` tall.
 */
export function scatterHalfRange(
  rows: readonly ScatterRow[],
  bandPx = 0,
  plotHeightPx = scatterHeightPx(960) - PLOT_TOP_PX - PLOT_BOTTOM_PX,
): number {
  const largest = Math.max(0, ...rows.map((row) => Math.abs(row.scoreChange ?? 0)));
  const free = 1 - (bandPx + POINT_REACH_PX) / Math.max(1, plotHeightPx / 2);
  const clear = free > 0.2 ? largest / free : largest * 5;
  return Math.max(MIN_HALF_RANGE, Math.ceil(largest * 1.25 * 10) / 10, Math.ceil(clear * 10) / 10);
}

/** The plot's height on a chart `widthPx` wide with `extraBottomPx` taken below it (the exported key). */
export const scatterPlotHeightPx = (widthPx: number, extraBottomPx: number): number =>
  scatterHeightPx(widthPx) - PLOT_TOP_PX - PLOT_BOTTOM_PX - extraBottomPx;

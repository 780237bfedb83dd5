// Sizes of the gap chart: the name column, the value axis range, and the narrow (phone) layout.
import type { DimensionStanding } from '../../domain/types.ts';

/** Below this width the chart switches to its narrow layout (value labels next to zero, smaller text). */
export const GAP_NARROW_WIDTH_PX = 560;
/** Dimension names take about a third of the width, within these bounds. */
const AXIS_LABEL_MAX_WIDTH_PX = 210;
const AXIS_LABEL_MIN_WIDTH_PX = 96;
/**
 * Room beyond the longest bar. Wide: the value label sits at the bar's end, so the axis reaches 1.7 times the
 * longest gap. Narrow: the label sits on the other side of zero, where that row has no bar, so it can never
 * reach the dimension names; the bars only need a little air.
 */
const WIDE_ROOM_FACTOR = 1.7;
const NARROW_ROOM_FACTOR = 1.15;

export interface GapLayout {
  isNarrow: boolean;
  /** Width of the dimension-name column left of the plot. */
  nameWidthPx: number;
  /**
   * The value axis range, always including zero. Wide: fitted to the bars on each side (a side without bars ends
   * at zero). Narrow: symmetric, since each value label sits on the side of zero where its row has no bar.
   */
  axisMin: number;
  axisMax: number;
  fontPx: number;
}

/** The layout for `rows` drawn `widthPx` wide. */
export function computeGapLayout(rows: readonly DimensionStanding[], widthPx: number): GapLayout {
  const isNarrow = widthPx < GAP_NARROW_WIDTH_PX;
  const gaps = rows.map((row) => row.gapToMedian);
  const factor = isNarrow ? NARROW_ROOM_FACTOR : WIDE_ROOM_FACTOR;
  const reach = (gap: number): number => Math.ceil(Math.max(0.5, gap) * factor * 2) / 2;
  const below = Math.max(0, ...gaps.map((gap) => -gap));
  const above = Math.max(0, ...gaps);
  const symmetric = reach(Math.max(below, above));
  const fitted = !isNarrow && (below > 0 || above > 0);
  return {
    isNarrow,
    nameWidthPx: Math.round(
      Math.min(AXIS_LABEL_MAX_WIDTH_PX, Math.max(AXIS_LABEL_MIN_WIDTH_PX, widthPx * 0.3)),
    ),
    axisMin: fitted ? (below > 0 ? -reach(below) : 0) : -symmetric,
    axisMax: fitted ? (above > 0 ? reach(above) : 0) : symmetric,
    fontPx: isNarrow ? 10 : 12,
  };
}

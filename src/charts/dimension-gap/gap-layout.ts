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
/** A narrow value label ("10,00 (−0,96)" at 10 px, ~0.62 em a character) and its distance from zero. */
const NARROW_LABEL_PX = 13 * 10 * 0.62 + 8;
/** The plot's share a label side may take at most, so the bars always keep most of the width. */
const MAX_LABEL_SHARE = 0.45;
const GRID_SIDES_PX = 24 + 24;

export interface GapLayout {
  isNarrow: boolean;
  /** Width of the dimension-name column left of the plot. */
  nameWidthPx: number;
  /**
   * The value axis range, always including zero. Wide: fitted to the bars on each side (a side without bars ends
   * at zero). Narrow: each side fitted to its bars and to the value labels of the other side's rows, which sit
   * there (a side no label uses ends at its bars, or at zero).
   */
  axisMin: number;
  axisMax: number;
  fontPx: number;
}

/** Rounds a narrow axis end up to the next quarter point: a phone has no width to spare. */
const roundUpToQuarter = (value: number): number => Math.ceil(value * 4 - 1e-9) / 4;

/**
 * Narrow: the extents left and right of zero. A side holds its own bars and the labels of the other side's
 * rows; a label takes a fixed share of the plot, so each side's room follows from the whole range.
 */
function narrowExtents(below: number, above: number, plotPx: number): { min: number; max: number } {
  const reach = (gap: number): number => (gap > 0 ? Math.max(0.5, gap) * NARROW_ROOM_FACTOR : 0);
  const share = Math.min(MAX_LABEL_SHARE, NARROW_LABEL_PX / Math.max(1, plotPx));
  let left = reach(below);
  let right = reach(above);
  // Labels of rows below the median sit right of zero, and the other way round; a few rounds settle the range.
  for (let round = 0; round < 8; round += 1) {
    const total = left + right;
    left = Math.max(reach(below), above > 0 ? share * total : 0);
    right = Math.max(reach(above), below > 0 ? share * total : 0);
  }
  if (left === 0 && right === 0) return { min: -0.5, max: 0.5 };
  return { min: -roundUpToQuarter(left), max: roundUpToQuarter(right) };
}

/** The layout for `rows` drawn `widthPx` wide. */
export function computeGapLayout(rows: readonly DimensionStanding[], widthPx: number): GapLayout {
  const isNarrow = widthPx < GAP_NARROW_WIDTH_PX;
  const gaps = rows.map((row) => row.gapToMedian);
  const reach = (gap: number): number => Math.ceil(Math.max(0.5, gap) * WIDE_ROOM_FACTOR * 2) / 2;
  const below = Math.max(0, ...gaps.map((gap) => -gap));
  const above = Math.max(0, ...gaps);
  const nameWidthPx = Math.round(
    Math.min(AXIS_LABEL_MAX_WIDTH_PX, Math.max(AXIS_LABEL_MIN_WIDTH_PX, widthPx * 0.3)),
  );
  const narrow = narrowExtents(below, above, widthPx - nameWidthPx - GRID_SIDES_PX);
  const anyBar = below > 0 || above > 0;
  return {
    isNarrow,
    nameWidthPx,
    axisMin: isNarrow ? narrow.min : !anyBar ? -reach(0) : below > 0 ? -reach(below) : 0,
    axisMax: isNarrow ? narrow.max : !anyBar ? reach(0) : above > 0 ? reach(above) : 0,
    fontPx: isNarrow ? 10 : 12,
  };
}

// The heatmap's sizes: a row per dimension, a label column that narrows on a phone (cell labels hidden there).
// Dimension names wrap in their column, never cut: rows are tall enough for two lines, four on a phone.

/** Below 600 px: a narrower label column, no number in the cells. */
const NARROW_BELOW_PX = 600;
export const HEATMAP_ROW_HEIGHT_PX = 34;
const NARROW_ROW_HEIGHT_PX = 52;
const LABEL_WIDTH_PX = 220;
const NARROW_LABEL_WIDTH_PX = 124;
export const HEATMAP_LABEL = { fontPx: 11, linePx: 12 } as const;

export interface HeatmapLayout {
  /** Below 600 px: smaller labels, no number in the cells. */
  narrow: boolean;
  labelWidthPx: number;
}

export function computeHeatmapLayout(widthPx: number): HeatmapLayout {
  const narrow = widthPx < NARROW_BELOW_PX;
  return { narrow, labelWidthPx: narrow ? NARROW_LABEL_WIDTH_PX : LABEL_WIDTH_PX };
}

/** The figure's height at `widthPx`: the frame's room plus a row per dimension. */
export const heatmapHeightPx = (dimensionCount: number, widthPx: number): number =>
  120 + dimensionCount * (widthPx < NARROW_BELOW_PX ? NARROW_ROW_HEIGHT_PX : HEATMAP_ROW_HEIGHT_PX);

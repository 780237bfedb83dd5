// The heatmap's sizes: a row per dimension, a label column that narrows on a phone (cell labels hidden there).

export const HEATMAP_ROW_HEIGHT_PX = 34;
const LABEL_WIDTH_PX = 150;
const NARROW_LABEL_WIDTH_PX = 90;

export interface HeatmapLayout {
  /** Below 600 px: smaller labels, no number in the cells. */
  narrow: boolean;
  labelWidthPx: number;
}

export function computeHeatmapLayout(widthPx: number): HeatmapLayout {
  const narrow = widthPx < 600;
  return { narrow, labelWidthPx: narrow ? NARROW_LABEL_WIDTH_PX : LABEL_WIDTH_PX };
}

/** The figure's height: the frame's room plus a row per dimension. */
export const heatmapHeightPx = (dimensionCount: number): number =>
  120 + dimensionCount * HEATMAP_ROW_HEIGHT_PX;

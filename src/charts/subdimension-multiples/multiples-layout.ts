// Where each panel sits: columns by width, a legend row, then rows of panels with room for their titles.

export const PANEL_HEIGHT_PX = 150;
export const PANEL_GAP_PX = 44;
export const LEGEND_ROOM_PX = 24;
export const PANEL_TITLE_ROOM_PX = 24;
const SIDE_LEFT_PX = 40;

/** Two panels a row on a phone, four otherwise. */
export const columnsFor = (widthPx: number): number => (widthPx < 600 ? 2 : 4);

export interface PanelGrid {
  left: number;
  width: number;
  top: number;
  height: number;
}

export interface MultiplesLayout {
  legendTopPx: number;
  /** A panel's share of the width, its title's room included. */
  cellWidthPx: number;
  grids: PanelGrid[];
}

/** One grid per part, in reading order, below the frame's title (`frameTopPx`) and the legend. */
export function computeMultiplesLayout(
  partCount: number,
  widthPx: number,
  frameTopPx: number,
): MultiplesLayout {
  const columns = columnsFor(widthPx);
  // Legend row, then room for the first row's panel titles.
  const legendTopPx = frameTopPx + 4;
  const top = legendTopPx + LEGEND_ROOM_PX + PANEL_TITLE_ROOM_PX;
  const cellWidthPx = (widthPx - SIDE_LEFT_PX - 16) / columns;
  const grids = Array.from({ length: partCount }, (_, index) => ({
    left: SIDE_LEFT_PX + (index % columns) * cellWidthPx,
    width: cellWidthPx - 36,
    top: top + Math.floor(index / columns) * (PANEL_HEIGHT_PX + PANEL_GAP_PX),
    height: PANEL_HEIGHT_PX,
  }));
  return { legendTopPx, cellWidthPx, grids };
}

/** The figure's height for `partCount` panels at a width (the frame adds its own). */
export const multiplesHeightPx = (partCount: number, widthPx: number): number =>
  LEGEND_ROOM_PX +
  PANEL_TITLE_ROOM_PX +
  16 +
  Math.ceil(partCount / columnsFor(widthPx)) * (PANEL_HEIGHT_PX + PANEL_GAP_PX);

// Where each panel sits: columns by width, a legend row, then rows of panels with room for their titles,
// which wrap (never cut) to as many lines as the longest title needs at the panel's width.
import { estimateLines } from '../chart-frame.ts';

export const PANEL_HEIGHT_PX = 150;
/** Below each panel: its x-axis labels. */
const X_AXIS_ROOM_PX = 20;
export const LEGEND_ROOM_PX = 24;
export const PANEL_TITLE = { fontPx: 11, linePx: 13 } as const;
/** Bold titles run a little wider than regular text (estimateLines' unit). */
const BOLD_WIDTH_FACTOR = 1.1;
const SIDE_LEFT_PX = 40;

/** Two panels a row on a phone, four otherwise. */
export const columnsFor = (widthPx: number): number => (widthPx < 600 ? 2 : 4);

/** A panel's share of the width, its y-axis labels included. */
const cellWidthFor = (widthPx: number): number => (widthPx - SIDE_LEFT_PX - 16) / columnsFor(widthPx);

/** The width a panel title wraps at: its panel and the gap before the next panel's axis labels. */
export const panelTitleWidthPx = (widthPx: number): number => cellWidthFor(widthPx) - 24;

/** Lines the longest of `labels` takes as a panel title at `widthPx`. */
export function panelTitleLines(labels: readonly string[], widthPx: number): number {
  const titleWidthPx = panelTitleWidthPx(widthPx);
  return Math.max(
    1,
    ...labels.map((label) => estimateLines(label, PANEL_TITLE.fontPx * BOLD_WIDTH_FACTOR, titleWidthPx)),
  );
}

/** Room above a panel for its title: 24 px for one line. */
export const panelTitleRoomPx = (titleLines: number): number => 11 + titleLines * PANEL_TITLE.linePx;

/**
 * A panel gives up the height its title's extra lines take, so a row of panels keeps its height and the figure
 * its size (a slide squeezes a figure only a little: src/export/export-option.ts).
 */
const panelHeightPx = (titleLines: number): number =>
  Math.max(100, PANEL_HEIGHT_PX - (titleLines - 1) * PANEL_TITLE.linePx);

export interface PanelGrid {
  left: number;
  width: number;
  top: number;
  height: number;
}

export interface MultiplesLayout {
  legendTopPx: number;
  /** The width each panel title wraps at. */
  titleWidthPx: number;
  /** Room above each panel for its title. */
  titleRoomPx: number;
  grids: PanelGrid[];
}

/** One grid per part, in reading order, below the frame's title (`frameTopPx`) and the legend. */
export function computeMultiplesLayout(
  partCount: number,
  widthPx: number,
  frameTopPx: number,
  titleLines: number,
  legendRows = 1,
): MultiplesLayout {
  const columns = columnsFor(widthPx);
  const titleRoomPx = panelTitleRoomPx(titleLines);
  // Legend rows, then room for the first row's panel titles.
  const legendTopPx = frameTopPx + 4;
  const top = legendTopPx + legendRows * LEGEND_ROOM_PX + titleRoomPx;
  const cellWidthPx = cellWidthFor(widthPx);
  const grids = Array.from({ length: partCount }, (_, index) => ({
    left: SIDE_LEFT_PX + (index % columns) * cellWidthPx,
    width: cellWidthPx - 36,
    top: top + Math.floor(index / columns) * (panelHeightPx(titleLines) + X_AXIS_ROOM_PX + titleRoomPx),
    height: panelHeightPx(titleLines),
  }));
  return { legendTopPx, titleWidthPx: panelTitleWidthPx(widthPx), titleRoomPx, grids };
}

/** The figure's height for `partCount` panels at a width (the frame adds its own). */
export const multiplesHeightPx = (
  partCount: number,
  widthPx: number,
  titleLines: number,
  legendRows = 1,
): number =>
  legendRows * LEGEND_ROOM_PX +
  panelTitleRoomPx(titleLines) +
  16 +
  Math.ceil(partCount / columnsFor(widthPx)) *
    (panelHeightPx(titleLines) + X_AXIS_ROOM_PX + panelTitleRoomPx(titleLines));

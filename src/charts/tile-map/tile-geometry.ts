// Where the tiles go: equal squares in a grid centred in the figure. The big map keeps its squares at most
// MAX_CELL_PX; the small multiples put 8 maps side by side (4 on a narrow screen, in two rows).
import type { TileLayout } from '../../domain/tile-layouts/tile-layout.ts';

const SIDE_MARGIN_PX = 16;
const MAX_CELL_PX = 34;
const MAX_SMALL_CELL_PX = 26;
/** Room for the legend (or the colour scale) above the map. */
export const LEGEND_PX = 44;
/** Room for a small map's title (two short lines). */
export const PANEL_TITLE_PX = 30;
const PANEL_GAP_PX = 10;
/** Below this width the small multiples go 4 across in two rows. */
const NARROW_MULTIPLES_PX = 720;

/** A map's place in the figure, in px from the top-left of the plot area. */
export interface TileBox {
  left: number;
  top: number;
  cellPx: number;
  widthPx: number;
  heightPx: number;
}

/** The big map's square size at `widthPx`. */
export function bigCellPx(layout: TileLayout, widthPx: number): number {
  return Math.max(8, Math.min(MAX_CELL_PX, Math.floor((widthPx - 2 * SIDE_MARGIN_PX) / layout.colCount)));
}

/** The big map's height: its rows and the legend above. */
export const bigMapHeightPx = (layout: TileLayout, widthPx: number): number =>
  LEGEND_PX + layout.rowCount * bigCellPx(layout, widthPx);

/** The big map's box, centred, under the legend, `topPx` below the top (the frame's title). */
export function bigMapBox(layout: TileLayout, widthPx: number, topPx: number): TileBox {
  const cellPx = bigCellPx(layout, widthPx);
  const mapWidth = layout.colCount * cellPx;
  return {
    left: Math.round((widthPx - mapWidth) / 2),
    top: topPx + LEGEND_PX,
    cellPx,
    widthPx: mapWidth,
    heightPx: layout.rowCount * cellPx,
  };
}

/** How the small maps sit: per row, their width and square size. */
export function multiplesGrid(layout: TileLayout, widthPx: number, panelCount: number) {
  const perRow = Math.min(panelCount, widthPx < NARROW_MULTIPLES_PX ? 4 : 8);
  const panelWidthPx = (widthPx - 2 * SIDE_MARGIN_PX - (perRow - 1) * PANEL_GAP_PX) / Math.max(1, perRow);
  const cellPx = Math.max(4, Math.min(MAX_SMALL_CELL_PX, Math.floor(panelWidthPx / layout.colCount)));
  const rowsOfPanels = Math.ceil(panelCount / Math.max(1, perRow));
  const panelHeightPx = PANEL_TITLE_PX + layout.rowCount * cellPx;
  return { perRow, panelWidthPx, cellPx, rowsOfPanels, panelHeightPx };
}

/** The small multiples' height: the legend and the rows of maps. */
export function multiplesHeightPx(layout: TileLayout, widthPx: number, panelCount: number): number {
  const grid = multiplesGrid(layout, widthPx, panelCount);
  return LEGEND_PX + grid.rowsOfPanels * (grid.panelHeightPx + PANEL_GAP_PX);
}

/** The box of small map `index` (its title sits in the PANEL_TITLE_PX above it). */
export function multiplesBox(
  layout: TileLayout,
  widthPx: number,
  panelCount: number,
  index: number,
  topPx: number,
): TileBox & { titleTop: number; panelLeft: number; panelWidthPx: number } {
  const grid = multiplesGrid(layout, widthPx, panelCount);
  const col = index % grid.perRow;
  const row = Math.floor(index / grid.perRow);
  const panelLeft = SIDE_MARGIN_PX + col * (grid.panelWidthPx + PANEL_GAP_PX);
  const mapWidth = layout.colCount * grid.cellPx;
  const titleTop = topPx + LEGEND_PX + row * (grid.panelHeightPx + PANEL_GAP_PX);
  return {
    left: Math.round(panelLeft + (grid.panelWidthPx - mapWidth) / 2),
    top: titleTop + PANEL_TITLE_PX,
    cellPx: grid.cellPx,
    widthPx: mapWidth,
    heightPx: layout.rowCount * grid.cellPx,
    titleTop,
    panelLeft,
    panelWidthPx: grid.panelWidthPx,
  };
}

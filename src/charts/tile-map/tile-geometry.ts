// Where the tiles go: equal squares in a grid centred in the figure. The big map keeps its squares at most
// MAX_CELL_PX; the small multiples put 8 maps side by side (4 on a narrow screen, in two rows).
import type { TileLayout } from '../../domain/tile-layouts/tile-layout.ts';

const SIDE_MARGIN_PX = 16;
const MAX_CELL_PX = 34;
const MAX_SMALL_CELL_PX = 26;
/** Room for the legend (or the colour scale) above the map, on one line. */
const LEGEND_ONE_LINE_PX = 44;
/** The five legend items wrap to a second line below this width (a phone, or the map beside the strips). */
const LEGEND_WRAPS_BELOW_PX = 600;
/** The big map's islands sit in its last column: room on the right for their labels ("Trường Sa"). */
const ISLAND_LABEL_PX = 56;
/** A small map's title: its font and line height, and at most this many lines (then truncated). */
export const PANEL_TITLE_FONT_PX = 11;
export const PANEL_TITLE_LINE_PX = 13;
const PANEL_TITLE_MAX_LINES = 8;
/** Width of a bold title letter, as a share of the font size (generous: a cut title is worse than a gap). */
const PANEL_TITLE_CHAR_EM = 0.75;
const PANEL_GAP_PX = 10;
/** Below this width the small multiples go 4 across in two rows. */
const NARROW_MULTIPLES_PX = 720;

/** Whether the legend takes two lines at `widthPx` (its items would not fit on one). */
export const legendWraps = (widthPx: number): boolean => widthPx < LEGEND_WRAPS_BELOW_PX;

/** How far the legend's second line is below its first. */
export const LEGEND_SECOND_LINE_PX = LEGEND_ONE_LINE_PX - 16;

/** Room for the legend above the map(s) at `widthPx`: two lines where its items wrap, so none covers a square. */
export const legendPx = (widthPx: number): number =>
  legendWraps(widthPx) ? LEGEND_ONE_LINE_PX + LEGEND_SECOND_LINE_PX : LEGEND_ONE_LINE_PX;

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
  const free = widthPx - 2 * SIDE_MARGIN_PX - ISLAND_LABEL_PX;
  return Math.max(8, Math.min(MAX_CELL_PX, Math.floor(free / layout.colCount)));
}

/** The big map's height: its rows and the legend above. */
export const bigMapHeightPx = (layout: TileLayout, widthPx: number): number =>
  legendPx(widthPx) + layout.rowCount * bigCellPx(layout, widthPx);

/** The big map's box, centred with its island labels, under the legend, `topPx` below the frame's title. */
export function bigMapBox(layout: TileLayout, widthPx: number, topPx: number): TileBox {
  const cellPx = bigCellPx(layout, widthPx);
  const mapWidth = layout.colCount * cellPx;
  return {
    left: Math.round((widthPx - mapWidth - ISLAND_LABEL_PX) / 2),
    top: topPx + legendPx(widthPx),
    cellPx,
    widthPx: mapWidth,
    heightPx: layout.rowCount * cellPx,
  };
}

/** Lines `title` takes when wrapped word by word at `widthPx`, a word longer than a line split over several. */
export function wrappedTitleLines(title: string, widthPx: number): number {
  const perLine = Math.max(4, Math.floor(widthPx / (PANEL_TITLE_FONT_PX * PANEL_TITLE_CHAR_EM)));
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/).filter((w) => w !== '')) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length - (Math.ceil(word.length / perLine) - 1) * perLine;
  }
  return lines;
}

/**
 * How the small maps sit: per row, their width and square size, and the room over each for its title, as
 * many lines as the longest of `titles` needs at that width (so "4. Control of Corruption…" is not cut).
 */
export function multiplesGrid(
  layout: TileLayout,
  widthPx: number,
  panelCount: number,
  titles: readonly string[] = [],
) {
  const perRow = Math.min(panelCount, widthPx < NARROW_MULTIPLES_PX ? 4 : 8);
  const panelWidthPx = (widthPx - 2 * SIDE_MARGIN_PX - (perRow - 1) * PANEL_GAP_PX) / Math.max(1, perRow);
  const cellPx = Math.max(4, Math.min(MAX_SMALL_CELL_PX, Math.floor(panelWidthPx / layout.colCount)));
  const rowsOfPanels = Math.ceil(panelCount / Math.max(1, perRow));
  const titleLines = Math.min(
    PANEL_TITLE_MAX_LINES,
    Math.max(2, ...titles.map((title) => wrappedTitleLines(title, panelWidthPx))),
  );
  const panelTitlePx = titleLines * PANEL_TITLE_LINE_PX + 4;
  const panelHeightPx = panelTitlePx + layout.rowCount * cellPx;
  return { perRow, panelWidthPx, cellPx, rowsOfPanels, panelTitlePx, panelHeightPx };
}

/** The small multiples' height: the legend and the rows of maps. */
export function multiplesHeightPx(
  layout: TileLayout,
  widthPx: number,
  panelCount: number,
  titles: readonly string[] = [],
): number {
  const grid = multiplesGrid(layout, widthPx, panelCount, titles);
  return legendPx(widthPx) + grid.rowsOfPanels * (grid.panelHeightPx + PANEL_GAP_PX);
}

/** The box of small map `index` (its title sits in the panelTitlePx above it). */
export function multiplesBox(
  layout: TileLayout,
  widthPx: number,
  panelCount: number,
  index: number,
  topPx: number,
  titles: readonly string[] = [],
): TileBox & { titleTop: number; titlePx: number; panelLeft: number; panelWidthPx: number } {
  const grid = multiplesGrid(layout, widthPx, panelCount, titles);
  const col = index % grid.perRow;
  const row = Math.floor(index / grid.perRow);
  const panelLeft = SIDE_MARGIN_PX + col * (grid.panelWidthPx + PANEL_GAP_PX);
  const mapWidth = layout.colCount * grid.cellPx;
  const titleTop = topPx + legendPx(widthPx) + row * (grid.panelHeightPx + PANEL_GAP_PX);
  return {
    left: Math.round(panelLeft + (grid.panelWidthPx - mapWidth) / 2),
    top: titleTop + grid.panelTitlePx,
    cellPx: grid.cellPx,
    widthPx: mapWidth,
    heightPx: layout.rowCount * grid.cellPx,
    titleTop,
    titlePx: grid.panelTitlePx - 4,
    panelLeft,
    panelWidthPx: grid.panelWidthPx,
  };
}

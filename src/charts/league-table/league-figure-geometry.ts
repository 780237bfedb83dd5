// Where the league table figure's cells go: a rank column, a name column, then equal score columns, one row
// of ROW_PX per unit under a header row. The x axis is in pixels, so a cell's centre is its place.
const SIDE_MARGIN_PX = 16;
const RANK_COLUMN_PX = 40;
const NAME_COLUMN_PX = 170;
const MIN_SCORE_COLUMN_PX = 40;
const MAX_SCORE_COLUMN_PX = 96;
/** Height of a row, and of the header row. */
export const ROW_PX = 18;
/** Room for the group legend above the table. */
export const FIGURE_LEGEND_PX = 30;

export interface LeagueFigureGeometry {
  /** Left edge of the table in the figure. */
  left: number;
  widthPx: number;
  rankCentre: number;
  nameLeft: number;
  scoreColumnPx: number;
  /** The centre of score column `index`. */
  scoreCentre: (index: number) => number;
}

/** The columns' places at `widthPx` for `columnCount` score columns. */
export function leagueFigureGeometry(widthPx: number, columnCount: number): LeagueFigureGeometry {
  const free = widthPx - 2 * SIDE_MARGIN_PX - RANK_COLUMN_PX - NAME_COLUMN_PX;
  const scoreColumnPx = Math.max(
    MIN_SCORE_COLUMN_PX,
    Math.min(MAX_SCORE_COLUMN_PX, Math.floor(free / Math.max(1, columnCount))),
  );
  const scoresLeft = RANK_COLUMN_PX + NAME_COLUMN_PX;
  return {
    left: SIDE_MARGIN_PX,
    widthPx: scoresLeft + columnCount * scoreColumnPx,
    rankCentre: RANK_COLUMN_PX / 2,
    nameLeft: RANK_COLUMN_PX + 4,
    scoreColumnPx,
    scoreCentre: (index) => scoresLeft + (index + 0.5) * scoreColumnPx,
  };
}

/** The narrowest figure whose score columns keep their minimum width: a phone scrolls it sideways. */
export const leagueFigureMinWidthPx = (columnCount: number): number =>
  2 * SIDE_MARGIN_PX + RANK_COLUMN_PX + NAME_COLUMN_PX + columnCount * MIN_SCORE_COLUMN_PX;

/** The figure's height without its frame: the legend, the header row and a row per unit. */
export const leagueFigureHeightPx = (rowCount: number): number =>
  FIGURE_LEGEND_PX + (rowCount + 1) * ROW_PX + 4;

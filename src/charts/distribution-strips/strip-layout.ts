// The strips' sizes: a legend, then one strip per dimension with its name on the left or, on a phone, above
// it across the figure (a name beside a 390 px strip was cut after three short lines, and took a third of the
// strip's width). Positions are given as shares of the figure's height, so a slide that draws the figure a
// little flatter keeps every strip in.
const STRIP_PX = 62;
/** On a phone: two lines of name above the strip, then the strip as tall as beside a name. */
const NAME_ABOVE_PX = 30;
/** Below this width the names go above their strips and the legend's five items take three lines. */
const NARROW_WIDTH_PX = 600;
const isNarrow = (widthPx: number): boolean => widthPx < NARROW_WIDTH_PX;
const legendPx = (widthPx: number): number => (isNarrow(widthPx) ? 84 : 40);
const stripPx = (widthPx: number): number => STRIP_PX + (isNarrow(widthPx) ? NAME_ABOVE_PX : 0);
/** Room under the last strip, so its axis labels never touch the source line. */
const BOTTOM_SLACK_PX = 16;
const AXIS_LABELS_PX = 20;
const LABEL_LEFT_PX = 16;
const LABEL_LINE_PX = 14;

export interface StripLayout {
  /** Where the names start and how wide they may be (two lines each). */
  labelLeftPx: number;
  labelWidthPx: number;
  labelLineHeightPx: number;
  /** Where the strips start, from the figure's left edge. */
  gridLeftPx: number;
  /** Where strip `index` is: its grid's top and height, and its name's top, in % of the figure. */
  strip: (index: number) => { top: string; height: string; labelTop: string };
  legendTop: number;
}

export const stripsHeightPx =
  (count: number) =>
  (widthPx: number): number =>
    legendPx(widthPx) + count * stripPx(widthPx) + BOTTOM_SLACK_PX;

export function computeStripLayout(
  count: number,
  widthPx: number,
  frame: { topPx: number; bottomPx: number },
): StripLayout {
  const totalPx = stripsHeightPx(count)(widthPx) + frame.topPx + frame.bottomPx;
  const narrow = isNarrow(widthPx);
  const percent = (px: number) => `${((px / totalPx) * 100).toFixed(3)}%`;
  const labelWidthPx = narrow ? widthPx - 2 * LABEL_LEFT_PX : 190;
  return {
    labelLeftPx: LABEL_LEFT_PX,
    labelWidthPx,
    labelLineHeightPx: LABEL_LINE_PX,
    gridLeftPx: narrow ? 24 : LABEL_LEFT_PX + labelWidthPx + 8,
    legendTop: frame.topPx + 6,
    strip: (index) => {
      const top = frame.topPx + legendPx(widthPx) + index * stripPx(widthPx);
      const gridTop = top + (narrow ? NAME_ABOVE_PX : 0);
      return {
        top: percent(gridTop + 4),
        height: percent(STRIP_PX - AXIS_LABELS_PX - 8),
        labelTop: percent(top + (narrow ? 2 : 8)),
      };
    },
  };
}

// The strips' sizes: a legend, then one strip per dimension with its name on the left. Positions are given
// as shares of the figure's height, so a slide that draws the figure a little flatter keeps every strip in.
export const STRIP_PX = 62;
const LEGEND_PX = 40;
/** Room under the last strip, so its axis labels never touch the source line. */
const BOTTOM_SLACK_PX = 16;
const AXIS_LABELS_PX = 20;

export interface StripLayout {
  labelWidthPx: number;
  /** Where strip `index` is: its grid's top and height, and its name's top, in % of the figure. */
  strip: (index: number) => { top: string; height: string; labelTop: string };
  legendTop: number;
}

export const stripsHeightPx = (count: number): number => LEGEND_PX + count * STRIP_PX + BOTTOM_SLACK_PX;

export function computeStripLayout(
  count: number,
  widthPx: number,
  frame: { topPx: number; bottomPx: number },
): StripLayout {
  const totalPx = stripsHeightPx(count) + frame.topPx + frame.bottomPx;
  const percent = (px: number) => `${((px / totalPx) * 100).toFixed(3)}%`;
  return {
    labelWidthPx: widthPx < 600 ? 96 : 190,
    legendTop: frame.topPx + 6,
    strip: (index) => {
      const top = frame.topPx + LEGEND_PX + index * STRIP_PX;
      return {
        top: percent(top + 4),
        height: percent(STRIP_PX - AXIS_LABELS_PX - 8),
        labelTop: percent(top + 8),
      };
    },
  };
}

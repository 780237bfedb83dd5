// Names written at the end of a trend's lines (peers, a new province's predecessors): their text box, and the room
// right of the plot that fits them, so a name is neither cut at the chart's edge nor run into its neighbour.
import type { LineSeriesOption } from 'echarts/charts';

/** Average width of a character of a bold label, in ems (sans-serif, Vietnamese or English names). */
const CHAR_WIDTH_EM = 0.62;
/** Space between a line's last point and its name. */
const GAP_PX = 10;
/** The least room kept for names, however short: what every trend kept before names were measured. */
const MIN_ROOM_PX = 110;
/** The most of the chart's width the names may take: on a phone the plot keeps the rest. */
const MAX_SHARE_OF_WIDTH = 0.4;

/**
 * A line's end label at `fontSize`: its box as tall as a Vietnamese name's letters with their marks (Đ, ồ, ắ reach
 * past the font's size), so end labels that labelLayout's moveOverlap moves apart stop touching: at the font's size
 * alone, "Đắk Nông (cũ)" and "Lâm Đồng (cũ)" were set 11 px apart and their marks ran into each other.
 */
export const endLabelText = (fontSize: number) => ({ fontSize, lineHeight: Math.ceil(fontSize * 1.5) });

type Labelled = Pick<LineSeriesOption, 'endLabel'>;

const shownName = (series: Labelled): { text: string; fontSize: number } | null => {
  const label = series.endLabel;
  if (label?.show !== true || typeof label.formatter !== 'string') return null;
  return { text: label.formatter, fontSize: typeof label.fontSize === 'number' ? label.fontSize : 12 };
};

/**
 * The grid's right margin for `series`: `plainPx` when none writes its name at its end, else room for the longest
 * name (estimated from its length, at least MIN_ROOM_PX), within MAX_SHARE_OF_WIDTH of `widthPx`.
 */
export function endLabelRoomPx(series: readonly Labelled[], widthPx: number, plainPx: number): number {
  const names = series.flatMap((s) => shownName(s) ?? []);
  if (names.length === 0) return plainPx;
  const widest = Math.max(...names.map(({ text, fontSize }) => text.length * fontSize * CHAR_WIDTH_EM));
  return Math.round(
    Math.max(plainPx, Math.min(Math.max(widest + GAP_PX, MIN_ROOM_PX), widthPx * MAX_SHARE_OF_WIDTH)),
  );
}

/** `series` with each end label held to `roomPx`: a name longer than the room ends in "…" rather than being cut. */
export function fitEndLabels<S extends Labelled>(series: readonly S[], roomPx: number): S[] {
  return series.map((s) =>
    shownName(s) === null
      ? s
      : { ...s, endLabel: { ...s.endLabel, width: Math.max(0, roomPx - GAP_PX), overflow: 'truncate' } },
  );
}

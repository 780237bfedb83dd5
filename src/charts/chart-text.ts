// Shared pieces of every chart option: the title block (title, subtitle, source) that exports carry.
import type { TitleComponentOption } from 'echarts/components';
import { CHART_COLORS } from './palette.ts';

/** Default width the subtitle wraps at when the caller does not know the chart's width. */
export const DEFAULT_CHART_WIDTH_PX = 960;
/** Space below the plot for the source line. */
export const SOURCE_LINE_HEIGHT_PX = 28;

const SIDE_MARGIN_PX = 16;

/** System fonts only (no web fonts); single quotes because ECharts' SVG output does not escape attributes. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Rough width of an average character, as a share of the font size (system sans fonts, Vietnamese text). */
const CHAR_WIDTH_EM = 0.56;
const TITLE_FONT_PX = 16;
const SUBTITLE_FONT_PX = 12;
const TITLE_LINE_PX = 22;
const SUBTITLE_LINE_PX = 16;

/** Lines `text` takes when wrapped at `widthPx` (an estimate: the canvas measures only at render time). */
function estimateLines(text: string, fontPx: number, widthPx: number): number {
  const charsPerLine = Math.max(10, Math.floor(widthPx / (fontPx * CHAR_WIDTH_EM)));
  return Math.max(1, Math.ceil(text.length / charsPerLine));
}

export interface TitleBlock {
  title: TitleComponentOption[];
  /** Height the title and subtitle take at the top, so the plot (or legend) starts below them. */
  heightPx: number;
}

/** Title and subtitle at the top (wrapped to the chart's width), the source line at the bottom-left. */
export function buildTitleBlock(
  title: string,
  subtitle: string,
  source: string,
  widthPx: number = DEFAULT_CHART_WIDTH_PX,
): TitleBlock {
  const textWidth = Math.max(200, widthPx - 2 * SIDE_MARGIN_PX);
  const heightPx =
    8 +
    estimateLines(title, TITLE_FONT_PX, textWidth) * TITLE_LINE_PX +
    6 +
    estimateLines(subtitle, SUBTITLE_FONT_PX, textWidth) * SUBTITLE_LINE_PX +
    12;
  return {
    heightPx,
    title: [
      {
        id: 'title',
        text: title,
        subtext: subtitle,
        left: SIDE_MARGIN_PX,
        top: 8,
        itemGap: 6,
        textStyle: {
          fontSize: TITLE_FONT_PX,
          lineHeight: TITLE_LINE_PX,
          fontWeight: 'bold',
          color: CHART_COLORS.text,
          width: textWidth,
          overflow: 'break',
        },
        subtextStyle: {
          fontSize: SUBTITLE_FONT_PX,
          lineHeight: SUBTITLE_LINE_PX,
          color: CHART_COLORS.mutedText,
          width: textWidth,
          overflow: 'break',
        },
      },
      {
        id: 'source',
        text: source,
        left: SIDE_MARGIN_PX,
        bottom: 6,
        textStyle: { fontSize: 11, fontWeight: 'normal', color: CHART_COLORS.mutedText },
      },
    ],
  };
}

// Shared pieces of every chart option: the caption (title, subtitle, source) that exported images carry.
import type { TitleComponentOption } from 'echarts/components';
import { CHART_COLORS } from './palette.ts';

/**
 * Where a chart's title, subtitle and source live (owid-grapher's "captioned chart"):
 * 'embedded' draws them in the chart itself, so an exported image carries them;
 * 'none' leaves them to the page's HTML figure, so the screen shows them once and the plot gets the room.
 */
export type ChartCaption = 'embedded' | 'none';

/** The texts of a chart's caption. */
export interface CaptionTexts {
  title: string;
  subtitle: string;
  source: string;
}

/** Default width the subtitle wraps at when the caller does not know the chart's width. */
export const DEFAULT_CHART_WIDTH_PX = 960;

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
const SOURCE_FONT_PX = 11;
const SOURCE_LINE_PX = 14;
const SOURCE_BOTTOM_PX = 6;

/** Lines `text` takes when wrapped at `widthPx` (an estimate: the canvas measures only at render time). */
function estimateLines(text: string, fontPx: number, widthPx: number): number {
  const charsPerLine = Math.max(10, Math.floor(widthPx / (fontPx * CHAR_WIDTH_EM)));
  return Math.max(1, Math.ceil(text.length / charsPerLine));
}

export interface CaptionBlock {
  /** The title components: none when the caption is left to the page. */
  title: TitleComponentOption[];
  /** Height the title and subtitle take at the top, so the plot (or legend) starts below them. */
  topPx: number;
  /** Height the source line takes at the bottom. */
  bottomPx: number;
}

/**
 * With 'embedded', title and subtitle at the top (wrapped to the chart's width) and the source line at the
 * bottom-left; with 'none', nothing, and no room kept for them.
 */
export function buildCaptionBlock(
  caption: ChartCaption,
  { title, subtitle, source }: CaptionTexts,
  widthPx: number = DEFAULT_CHART_WIDTH_PX,
): CaptionBlock {
  if (caption === 'none') return { title: [], topPx: 0, bottomPx: 0 };
  const textWidth = Math.max(200, widthPx - 2 * SIDE_MARGIN_PX);
  const topPx =
    8 +
    estimateLines(title, TITLE_FONT_PX, textWidth) * TITLE_LINE_PX +
    6 +
    estimateLines(subtitle, SUBTITLE_FONT_PX, textWidth) * SUBTITLE_LINE_PX +
    12;
  return {
    topPx,
    bottomPx: SOURCE_BOTTOM_PX + estimateLines(source, SOURCE_FONT_PX, textWidth) * SOURCE_LINE_PX + 8,
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
        bottom: SOURCE_BOTTOM_PX,
        textStyle: {
          fontSize: SOURCE_FONT_PX,
          lineHeight: SOURCE_LINE_PX,
          fontWeight: 'normal',
          color: CHART_COLORS.mutedText,
          width: textWidth,
          overflow: 'break',
        },
      },
    ],
  };
}

// Shared pieces of every chart option: the title block (title, subtitle, source) that exports carry.
import type { TitleComponentOption } from 'echarts/components';
import { CHART_COLORS } from './palette.ts';

/** Default width the subtitle wraps at when the caller does not know the chart's width. */
export const DEFAULT_CHART_WIDTH_PX = 960;
/** Space above the plot for the title block. */
export const TITLE_BLOCK_HEIGHT_PX = 84;
/** Space below the plot for the source line. */
export const SOURCE_LINE_HEIGHT_PX = 28;

const SIDE_MARGIN_PX = 16;

/** System fonts only (no web fonts); single quotes because ECharts' SVG output does not escape attributes. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Title and subtitle at the top, the source line at the bottom-left. */
export function buildTitleBlock(
  title: string,
  subtitle: string,
  source: string,
  widthPx: number = DEFAULT_CHART_WIDTH_PX,
): TitleComponentOption[] {
  const textWidth = Math.max(200, widthPx - 2 * SIDE_MARGIN_PX);
  return [
    {
      id: 'title',
      text: title,
      subtext: subtitle,
      left: SIDE_MARGIN_PX,
      top: 8,
      itemGap: 6,
      textStyle: {
        fontSize: 16,
        fontWeight: 'bold',
        color: CHART_COLORS.text,
        width: textWidth,
        overflow: 'break',
      },
      subtextStyle: { fontSize: 12, color: CHART_COLORS.mutedText, width: textWidth, overflow: 'break' },
    },
    {
      id: 'source',
      text: source,
      left: SIDE_MARGIN_PX,
      bottom: 6,
      textStyle: { fontSize: 11, fontWeight: 'normal', color: CHART_COLORS.mutedText },
    },
  ];
}

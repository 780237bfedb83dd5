// The one chart frame every builder uses: title, subtitle, source line and an optional note (e.g. sample data).
import type { TitleComponentOption } from 'echarts/components';
import type { I18n } from '../i18n/create-i18n.ts';
import { CHART_COLORS } from './palette.ts';

/**
 * Where a chart's title, subtitle, source and note live (owid-grapher's "captioned chart"):
 * 'embedded' draws them in the chart itself, so an exported image carries them;
 * 'none' leaves them to the page's HTML figure, so the screen shows them once and the plot gets the room.
 */
export type ChartCaption = 'embedded' | 'none';

/** The texts of a chart's frame. */
export interface FrameTexts {
  title: string;
  subtitle: string;
  source: string;
  /** A line above the source, e.g. "Dữ liệu minh họa…" when a figure shows sample data; omitted when absent. */
  note?: string | undefined;
  /** Appended to the source line, e.g. "Xuất ngày 27/11/2026" on an exported figure. */
  stamp?: string | undefined;
}

/** Default width the texts wrap at when the caller does not know the chart's width. */
export const DEFAULT_CHART_WIDTH_PX = 960;

/** System fonts only (no web fonts); single quotes because ECharts' SVG output does not escape attributes. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Exports: the self-hosted Be Vietnam Pro first (the exporter waits for it), the system fonts after it. */
export const EXPORT_FONT_FAMILY = `'Be Vietnam Pro', ${CHART_FONT_FAMILY}`;

const SIDE_MARGIN_PX = 16;
/** Width of an ASCII character as ECharts counts it while wrapping, as a share of the font size (a safe 0.62). */
const CHAR_WIDTH_EM = 0.62;
/**
 * What ECharts' text wrapping (zrender's wrapText) counts for any other character ("ạ", "ố", "Đ"): the width
 * of "国", about one em. Vietnamese lines therefore break far earlier than their drawn width would need.
 */
const WIDE_CHAR_WIDTH_EM = 1;
const TITLE = { fontPx: 16, linePx: 22 } as const;
const SUBTITLE = { fontPx: 12, linePx: 16 } as const;
const FOOT = { fontPx: 11, linePx: 14 } as const;
const SOURCE_BOTTOM_PX = 6;

/**
 * Lines `text` takes when ECharts wraps it at `widthPx` (overflow 'break'): words kept whole, each character
 * counted as ECharts counts it while wrapping (an estimate: the canvas measures only at render time).
 */
export function estimateLines(text: string, fontPx: number, widthPx: number): number {
  const lineWidthPx = Math.max(widthPx, 10 * fontPx * CHAR_WIDTH_EM);
  let lines = 1;
  let usedPx = 0;
  for (const word of text.split(/(?<= )/)) {
    let wordPx = 0;
    for (const char of word)
      wordPx += fontPx * (char.charCodeAt(0) < 128 ? CHAR_WIDTH_EM : WIDE_CHAR_WIDTH_EM);
    // A trailing space may hang past the line's end.
    const fittingPx = word.endsWith(' ') ? wordPx - fontPx * CHAR_WIDTH_EM : wordPx;
    if (usedPx > 0 && usedPx + fittingPx > lineWidthPx) {
      lines += 1;
      usedPx = 0;
    }
    usedPx += wordPx;
    // A word longer than a line is cut by character.
    while (usedPx > lineWidthPx) {
      lines += 1;
      usedPx -= lineWidthPx;
    }
  }
  return lines;
}

export interface ChartFrame {
  /** The option's shared top-level parts: no animation, white background, system fonts, the frame's texts. */
  option: {
    animation: false;
    backgroundColor: string;
    textStyle: { fontFamily: string };
    title: TitleComponentOption[];
  };
  /** Height the title and subtitle take at the top, so the plot (or legend) starts below them. */
  topPx: number;
  /** Height the note and source line take at the bottom. */
  bottomPx: number;
}

function footText(id: string, text: string, bottomPx: number, widthPx: number, bold: boolean) {
  return {
    id,
    text,
    left: SIDE_MARGIN_PX,
    bottom: bottomPx,
    textStyle: {
      fontSize: FOOT.fontPx,
      lineHeight: FOOT.linePx,
      fontWeight: bold ? 'bold' : 'normal',
      color: bold ? CHART_COLORS.text : CHART_COLORS.mutedText,
      width: widthPx,
      overflow: 'break',
    },
  } satisfies TitleComponentOption;
}

/**
 * With 'embedded': title and subtitle at the top (wrapped to the chart's width), the note and the source line
 * at the bottom-left. With 'none': no texts and no room kept for them.
 */
export function buildChartFrame(
  caption: ChartCaption,
  { title, subtitle, source: sourceText, note, stamp }: FrameTexts,
  widthPx: number = DEFAULT_CHART_WIDTH_PX,
  fontFamily: string = CHART_FONT_FAMILY,
): ChartFrame {
  const base = {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily },
  } as const;
  const source = stamp === undefined || stamp === '' ? sourceText : `${sourceText} · ${stamp}`;
  if (caption === 'none') return { option: { ...base, title: [] }, topPx: 0, bottomPx: 0 };
  const textWidth = Math.max(200, widthPx - 2 * SIDE_MARGIN_PX);
  const topPx =
    8 +
    estimateLines(title, TITLE.fontPx, textWidth) * TITLE.linePx +
    6 +
    estimateLines(subtitle, SUBTITLE.fontPx, textWidth) * SUBTITLE.linePx +
    12;
  const sourceHeightPx = estimateLines(source, FOOT.fontPx, textWidth) * FOOT.linePx;
  const hasNote = note !== undefined && note.trim() !== '';
  const noteBottomPx = SOURCE_BOTTOM_PX + sourceHeightPx + 4;
  const noteHeightPx = hasNote ? estimateLines(note, FOOT.fontPx, textWidth) * FOOT.linePx + 4 : 0;
  const titleBlock: TitleComponentOption = {
    id: 'title',
    text: title,
    subtext: subtitle,
    left: SIDE_MARGIN_PX,
    top: 8,
    itemGap: 6,
    textStyle: {
      fontSize: TITLE.fontPx,
      lineHeight: TITLE.linePx,
      fontWeight: 'bold',
      color: CHART_COLORS.text,
      width: textWidth,
      overflow: 'break',
    },
    subtextStyle: {
      fontSize: SUBTITLE.fontPx,
      lineHeight: SUBTITLE.linePx,
      color: CHART_COLORS.mutedText,
      width: textWidth,
      overflow: 'break',
    },
  };
  return {
    option: {
      ...base,
      title: [
        titleBlock,
        ...(hasNote ? [footText('note', note, noteBottomPx, textWidth, true)] : []),
        footText('source', source, SOURCE_BOTTOM_PX, textWidth, false),
      ],
    },
    topPx,
    bottomPx: SOURCE_BOTTOM_PX + sourceHeightPx + 8 + noteHeightPx,
  };
}

/** What a builder knows when it frames itself: its render settings and, optionally, its own source and note. */
export interface FrameSettings {
  caption: ChartCaption;
  widthPx: number;
  /** Defaults to the PAPI source line. */
  source?: string | undefined;
  note?: string | undefined;
  /** Exports only: the export date line appended to the source (see ChartRenderSettings). */
  stamp?: string | undefined;
  /** Exports only: the font family of every text (defaults to the system fonts). */
  fontFamily?: string | undefined;
}

/** The frame of a chart from its description (title, subtitle) and its settings: the one way builders frame. */
export function buildDescribedFrame(
  description: { title: string; subtitle: string },
  settings: FrameSettings,
  i18n: Pick<I18n, 't'>,
): ChartFrame {
  return buildChartFrame(
    settings.caption,
    {
      title: description.title,
      subtitle: description.subtitle,
      source: settings.source ?? i18n.t('chart.source'),
      note: settings.note,
      stamp: settings.stamp,
    },
    settings.widthPx,
    settings.fontFamily,
  );
}

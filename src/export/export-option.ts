// From a chart's spec to the option and size of an exported figure: pure, so Node tests render it to SVG.
// The export draws its own frame (caption 'embedded': title, subtitle, legend, note, source + export date),
// in the export font, with animation off, whatever the screen shows.
import type { EChartsCoreOption } from 'echarts/core';
import { buildChartFrame, EXPORT_FONT_FAMILY } from '../charts/chart-frame.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { buildSpecOption, drawnWidthPx } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/create-i18n.ts';

/** The slide PNG's size in pixels. */
export const SLIDE_WIDTH_PX = 1920;
export const SLIDE_HEIGHT_PX = 1080;
/** The slide is laid out at half size and drawn at twice the pixel ratio: projector-sized text. */
export const SLIDE_LAYOUT_WIDTH_PX = 960;
export const SCREEN_PNG_PIXEL_RATIO = 2;

/** A rendering of an export: layout size in CSS pixels and the pixel ratio it is drawn at. */
export interface ExportLayout {
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
}

/** Frame texts a spec's settings may carry (every builder takes source and note through its settings). */
function frameExtrasOf(settings: unknown): { source?: string; note?: string } {
  if (typeof settings !== 'object' || settings === null) return {};
  const { source, note } = settings as { source?: unknown; note?: unknown };
  return {
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/** Height of the chart at `widthPx` plus the room its embedded frame texts take. */
export function naturalExportHeightPx<Rows, Settings>(
  spec: ChartSpec<Rows, Settings>,
  widthPx: number,
  i18n: I18n,
): number {
  const plotPx = typeof spec.heightPx === 'number' ? spec.heightPx : spec.heightPx(widthPx);
  const { title, subtitle } = spec.describe(spec.rows, spec.settings, i18n);
  const extras = frameExtrasOf(spec.settings);
  const frame = buildChartFrame(
    'embedded',
    { title, subtitle, source: extras.source ?? i18n.t('chart.source'), note: extras.note, stamp: 'x' },
    widthPx,
  );
  return Math.ceil(plotPx + frame.topPx + frame.bottomPx);
}

/** A slide may be up to a fifth shorter than the chart's screen height (plots read well a bit flatter). */
const SLIDE_MAX_SQUEEZE = 1.2;

/**
 * The 16:9 layout of a slide: 960×540 drawn at ×2, or, for a chart that needs much more height than 540 px (a
 * heatmap, small multiples), a wider 16:9 layout scaled down to 1920×1080, so the plot is never squashed.
 */
export function slideLayout(naturalHeightPx: number): ExportLayout {
  const minHeightPx = (SLIDE_LAYOUT_WIDTH_PX * 9) / 16;
  if (naturalHeightPx <= minHeightPx * SLIDE_MAX_SQUEEZE) {
    return {
      widthPx: SLIDE_LAYOUT_WIDTH_PX,
      heightPx: minHeightPx,
      pixelRatio: SLIDE_WIDTH_PX / SLIDE_LAYOUT_WIDTH_PX,
    };
  }
  const widthPx = Math.ceil((naturalHeightPx * 16) / 9 / 16) * 16;
  return { widthPx, heightPx: (widthPx * 9) / 16, pixelRatio: SLIDE_WIDTH_PX / widthPx };
}

/** The slide layout of a spec. */
export function slideLayoutOf<Rows, Settings>(spec: ChartSpec<Rows, Settings>, i18n: I18n): ExportLayout {
  return slideLayout(naturalExportHeightPx(spec, SLIDE_LAYOUT_WIDTH_PX, i18n));
}

/** The layout of the "twice the screen" PNG: the on-screen width, the chart's height plus its frame. */
export function screenLayoutOf<Rows, Settings>(
  spec: ChartSpec<Rows, Settings>,
  screenWidthPx: number,
  i18n: I18n,
): ExportLayout {
  const widthPx = drawnWidthPx(spec, Math.max(320, Math.round(screenWidthPx)));
  return {
    widthPx,
    heightPx: naturalExportHeightPx(spec, widthPx, i18n),
    pixelRatio: SCREEN_PNG_PIXEL_RATIO,
  };
}

/** The option of an exported figure: embedded frame with the export stamp, export font, no animation. */
export function buildExportOption<Rows, Settings>(
  spec: ChartSpec<Rows, Settings>,
  layout: Pick<ExportLayout, 'widthPx'>,
  stamp: string,
  i18n: I18n,
): EChartsCoreOption {
  const option = buildSpecOption(
    spec,
    { widthPx: layout.widthPx, caption: 'embedded', stamp, fontFamily: EXPORT_FONT_FAMILY },
    i18n,
  );
  return { ...option, animation: false, backgroundColor: '#FFFFFF' };
}

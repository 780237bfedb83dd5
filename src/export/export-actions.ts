// What each item of a chart's export menu does, from the chart's spec: render off-screen, name the file,
// download (or copy, or add to the briefing list). Loaded on demand by the chart menu.
import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { decimalSignOf } from '../i18n/format.ts';
import { addBriefingSlide } from '../storage/briefing-store.ts';
import type { DecimalSeparator } from './csv-writer.ts';
import { buildCsvText } from './csv-text.ts';
import type { ExportLayout } from './export-option.ts';
import {
  buildExportOption,
  screenLayoutOf,
  SLIDE_HEIGHT_PX,
  SLIDE_WIDTH_PX,
  slideLayoutOf,
} from './export-option.ts';
import { specFileName } from './spec-file-name.ts';
import { canvasToPngBlob, downloadBlob, renderFigureCanvas, renderFigureSvg } from './render-figure.ts';

/** The chart being exported and where it is exported from. */
export interface ExportContext<Rows, Settings> {
  spec: ChartSpec<Rows, Settings>;
  i18n: I18n;
  /** The chart's width on screen (for the "twice the screen" PNG). */
  screenWidthPx: number;
  now: Date;
}

/** The export date as the UI language writes it ("27/11/2026"). */
export function formatExportDate(i18n: I18n, date: Date): string {
  return new Intl.DateTimeFormat(i18n.locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    date,
  );
}

function stampOf(i18n: I18n, date: Date): string {
  return i18n.t('export.frame.exportedOn', { date: formatExportDate(i18n, date) });
}

function renderPng<Rows, Settings>(
  context: ExportContext<Rows, Settings>,
  layout: ExportLayout,
  out?: { width: number; height: number },
): Promise<HTMLCanvasElement> {
  const option = buildExportOption(context.spec, layout, stampOf(context.i18n, context.now), context.i18n);
  return renderFigureCanvas(option, layout, out);
}

/** The slide PNG: exactly 1920×1080. */
export async function renderSlidePng<Rows, Settings>(context: ExportContext<Rows, Settings>): Promise<Blob> {
  const layout = slideLayoutOf(context.spec, context.i18n);
  const canvas = await renderPng(context, layout, { width: SLIDE_WIDTH_PX, height: SLIDE_HEIGHT_PX });
  return canvasToPngBlob(canvas);
}

export async function exportSlidePng<Rows, Settings>(
  context: ExportContext<Rows, Settings>,
): Promise<string> {
  const fileName = specFileName(context.spec, context.i18n, context.now, 'png');
  downloadBlob(await renderSlidePng(context), fileName);
  return fileName;
}

export async function exportScreenPng<Rows, Settings>(
  context: ExportContext<Rows, Settings>,
): Promise<string> {
  const layout = screenLayoutOf(context.spec, context.screenWidthPx, context.i18n);
  const blob = await canvasToPngBlob(await renderPng(context, layout));
  const fileName = specFileName(context.spec, context.i18n, context.now, 'png').replace(/\.png$/, '_2x.png');
  downloadBlob(blob, fileName);
  return fileName;
}

export async function exportSvg<Rows, Settings>(context: ExportContext<Rows, Settings>): Promise<string> {
  const layout = slideLayoutOf(context.spec, context.i18n);
  const option = buildExportOption(context.spec, layout, stampOf(context.i18n, context.now), context.i18n);
  const svg = await renderFigureSvg(option, layout);
  const fileName = specFileName(context.spec, context.i18n, context.now, 'svg');
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
  return fileName;
}

/** The chart's table as CSV; `decimal` defaults to the UI language's decimal sign. */
export function exportCsv<Rows, Settings>(
  context: ExportContext<Rows, Settings>,
  decimal: DecimalSeparator | 'ui',
): string {
  const { spec, i18n, now } = context;
  const table = spec.toTable(spec.rows, spec.settings, i18n);
  const cellDecimal = decimalSignOf(i18n.lang);
  const settings = spec.settings as { source?: unknown; note?: unknown };
  const source = typeof settings.source === 'string' ? settings.source : i18n.t('chart.source');
  const note = typeof settings.note === 'string' && settings.note.trim() !== '' ? settings.note : null;
  const text = buildCsvText(table, {
    decimal: decimal === 'ui' ? cellDecimal : decimal,
    cellDecimal,
    footer: [
      [i18n.t('export.csv.source'), source],
      ...(note === null ? [] : [[i18n.t('export.csv.note'), note] as const]),
      [i18n.t('export.csv.exportedOn'), formatExportDate(i18n, now)],
    ],
  });
  const fileName = specFileName(spec, i18n, now, 'csv');
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
  return fileName;
}

/**
 * Copies the slide PNG to the clipboard. Must be called within the click: the clipboard write starts at once
 * with a promised image (Chromium keeps the user's gesture that way). Resolves false where it is not allowed.
 */
export async function copySlidePng<Rows, Settings>(context: ExportContext<Rows, Settings>): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': renderSlidePng(context) })]);
    return true;
  } catch {
    return false;
  }
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** Adds the chart's slide PNG to the briefing list; resolves to the list's new length. */
export async function addToBriefing<Rows, Settings>(context: ExportContext<Rows, Settings>): Promise<number> {
  const { spec, i18n } = context;
  const description = spec.describe(spec.rows, spec.settings, i18n);
  const settings = spec.settings as { source?: unknown };
  return addBriefingSlide({
    chartId: spec.id,
    title: description.title,
    source: typeof settings.source === 'string' ? settings.source : i18n.t('chart.source'),
    imageDataUrl: await blobToDataUrl(await renderSlidePng(context)),
  });
}

// The one export module that touches the DOM: renders an option off-screen at the export size (never the
// on-screen chart, so a hidden tab, a narrow window or a running animation cannot change the file).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/700.css';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../charts/echarts-export-setup.ts';
import type { ExportLayout } from './export-option.ts';

const EXPORT_FONT_SAMPLE = 'Đắk Nông: điểm PAPI tổng hợp 2011–2024';
const WHITE = '#FFFFFF';

/** Loads the self-hosted export font (both weights, Vietnamese glyphs) before anything is measured or drawn. */
export async function loadExportFont(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  await Promise.all([
    document.fonts.load(`400 16px 'Be Vietnam Pro'`, EXPORT_FONT_SAMPLE),
    document.fonts.load(`700 16px 'Be Vietnam Pro'`, EXPORT_FONT_SAMPLE),
  ]);
  await document.fonts.ready;
}

/** A canvas of `outWidth`×`outHeight` px with `option` drawn on white, laid out at `layout`'s CSS size. */
export async function renderFigureCanvas(
  option: EChartsCoreOption,
  layout: ExportLayout,
  out: { width: number; height: number } = {
    width: Math.round(layout.widthPx * layout.pixelRatio),
    height: Math.round(layout.heightPx * layout.pixelRatio),
  },
): Promise<HTMLCanvasElement> {
  await loadExportFont();
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${layout.widthPx}px;height:${layout.heightPx}px;`;
  document.body.append(host);
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    width: layout.widthPx,
    height: layout.heightPx,
    devicePixelRatio: layout.pixelRatio,
  });
  try {
    chart.setOption(option, { notMerge: true, lazyUpdate: false });
    // renderToCanvas repaints synchronously into a fresh canvas: no wait for an animation frame.
    const rendered = chart.renderToCanvas({ pixelRatio: layout.pixelRatio, backgroundColor: WHITE });
    const canvas = document.createElement('canvas');
    canvas.width = out.width;
    canvas.height = out.height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('2D canvas unavailable');
    context.fillStyle = WHITE;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(rendered, 0, 0, out.width, out.height);
    return canvas;
  } finally {
    chart.dispose();
    host.remove();
  }
}

/** The canvas as a PNG blob. */
export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('PNG encoding failed')) : resolve(blob)),
      'image/png',
    );
  });
}

/** The figure as SVG text from ECharts' SVG renderer (text stays text), at the layout's CSS size. */
export async function renderFigureSvg(option: EChartsCoreOption, layout: ExportLayout): Promise<string> {
  await loadExportFont();
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: layout.widthPx,
    height: layout.heightPx,
  });
  try {
    chart.setOption(option, { notMerge: true, lazyUpdate: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Saves `blob` as `fileName` through a temporary link (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

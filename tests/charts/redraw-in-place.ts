// A figure redrawn on screen by replacing its components (ChartSpec.replaceMerge) must draw what a new chart
// draws from the same option: these helpers draw a run of specs on one instance, as the screen does, and each
// on a new chart, and compare what is drawn.
import type { ChartSpec } from '../../src/charts/chart-spec.ts';
import { buildSpecOption } from '../../src/charts/chart-spec.ts';
import { echarts } from '../../src/charts/echarts-export-setup.ts';
import type { I18n } from '../../src/i18n/create-i18n.ts';
import { renderToSvg } from './render-svg.ts';

/**
 * What `svg` draws: each shape and text with its attributes and content, sorted. Left out: the renderer's
 * generated names (classes, ids, gradient ids), and the series' index and drawing order within a layer, which a
 * replace by id may change (a series kept keeps its index) without changing the picture.
 */
export function drawnShapes(svg: string): string[] {
  return [...svg.matchAll(/<(path|text|rect|circle|line|polyline|polygon|image|g)\b([^>]*)>([^<]*)/g)]
    .map(([, tag = '', attributes = '', text = '']) => {
      const drawn = attributes
        .replace(/\s(class|id|clip-path|ecmeta_series_index)="[^"]*"/g, '')
        .replace(/url\(#zr\d+-/g, 'url(#zr-');
      return `${tag}${drawn}>${text}`;
    })
    .sort();
}

const DEFAULT_WIDTH_PX = 960;

/**
 * Draws each spec on one instance the way the screen redraws (the new option with the spec's replaceMerge, then
 * the instance resized to the spec's height at its width, as echarts-for-react does) and each on a new chart.
 * `widthsPx`: one width for every spec, or each spec's own (a window resized between switches).
 */
export function redrawInPlace<Rows, Settings>(
  specs: readonly ChartSpec<Rows, Settings>[],
  i18n: I18n,
  widthsPx: number | readonly number[] = DEFAULT_WIDTH_PX,
): { kept: string[]; fresh: string[] }[] {
  const widthOf = (index: number): number =>
    typeof widthsPx === 'number' ? widthsPx : (widthsPx[index] ?? DEFAULT_WIDTH_PX);
  const heightOf = (spec: ChartSpec<Rows, Settings>, widthPx: number) =>
    typeof spec.heightPx === 'number' ? spec.heightPx : spec.heightPx(widthPx);
  const first = specs[0];
  if (first === undefined) return [];
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: widthOf(0),
    height: heightOf(first, widthOf(0)),
  });
  try {
    return specs.map((spec, index) => {
      const replaceMerge = spec.replaceMerge;
      if (replaceMerge === undefined) throw new Error(`${spec.id} is redrawn from scratch`);
      const widthPx = widthOf(index);
      const heightPx = heightOf(spec, widthPx);
      const option = buildSpecOption(spec, { widthPx, caption: 'none' }, i18n);
      chart.setOption(option, { replaceMerge: [...replaceMerge] });
      chart.resize({ width: widthPx, height: heightPx });
      return {
        kept: drawnShapes(chart.renderToSVGString()),
        fresh: drawnShapes(renderToSvg(option, widthPx, heightPx)),
      };
    });
  } finally {
    chart.dispose();
  }
}

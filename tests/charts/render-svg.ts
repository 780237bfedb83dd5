import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../src/charts/echarts-export-setup.ts';

/** Renders an option to an SVG string the way a user would see it, in Node (ECharts SSR). */
export function renderToSvg(option: EChartsCoreOption, width = 960, height = 540): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Text content of every <text> element, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** The `d` attribute of every unfilled path stroked in `color` with `width` (the data lines). */
export function linePaths(svg: string, color: string, width: number): string[] {
  return [...svg.matchAll(/<path d="([^"]*)"[^>]*fill="none"[^>]*stroke="([^"]*)" stroke-width="([^"]*)"/g)]
    .filter((m) => m[2]?.toUpperCase() === color.toUpperCase() && Number(m[3]) === width)
    .map((m) => m[1] ?? '');
}

/** Calls an option's tooltip formatter the way ECharts does. */
export function callTooltip(option: EChartsCoreOption, params: unknown): string {
  const tooltip = option.tooltip as { formatter?: unknown } | undefined;
  if (typeof tooltip?.formatter !== 'function') throw new Error('option has no tooltip formatter');
  return (tooltip.formatter as (p: unknown) => string)(params);
}

/** A classic stored-XSS probe: an image whose error handler runs script. */
export const ATTACK_STRING = '<img src=x onerror=alert(1)>';

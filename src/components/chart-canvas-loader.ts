// The ECharts canvas is its own chunk (ECharts and its React wrapper): a view's words and numbers show
// without waiting for it, and the entry starts loading it next to the view's code (src/app/view-modules.ts).

import type * as ChartCanvasModule from './chart-canvas.tsx';

let loading: Promise<typeof ChartCanvasModule> | null = null;

/** Loads the chart canvas's chunk once; after a failure (offline before the service worker has it) the next call tries again. */
export function loadChartCanvas(): Promise<typeof ChartCanvasModule> {
  loading ??= import('./chart-canvas.tsx').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

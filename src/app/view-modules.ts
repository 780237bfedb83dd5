// Each view's code is its own chunk, loaded when the view is first shown. The entry starts loading the view
// the URL names (and the chart canvas) next to the shell, instead of after the shell has rendered; React.lazy
// (current-view.tsx) then awaits the same import, so nothing is fetched twice.
import { loadChartCanvas } from '../components/chart-canvas-loader.ts';
import { viewNamedIn } from '../state/named-in-url.ts';
import type { ViewId } from '../state/view-ids.ts';

/** Starts loading the chart canvas too, for a view that draws charts; its failure is the chart's to show. */
function withCharts<Module>(view: Promise<Module>): Promise<Module> {
  loadChartCanvas().catch(() => undefined);
  return view;
}

/** Each view's module. */
export const VIEW_MODULES = {
  // The Overview's charts are screens down (drawn when a reader comes near: components/use-near-viewport.ts),
  // so ECharts loads then, not while the page's first figures are made.
  overview: () => import('../views/overview/overview-view.tsx'),
  dimensions: () => withCharts(import('../views/dimensions/dimensions-view.tsx')),
  nation: () => withCharts(import('../views/nation/nation-view.tsx')),
  plan: () => withCharts(import('../views/plan/plan-view.tsx')),
  'scores-vs-tasks': () => withCharts(import('../views/scores-vs-tasks/scores-vs-tasks-view.tsx')),
  // The Data view draws a chart only in its SQL console, a chunk of its own.
  data: () => import('../views/data/data-view.tsx'),
  briefing: () => import('../views/briefing/briefing-with-summary.tsx'),
} as const satisfies Record<ViewId, () => Promise<unknown>>;

/** Starts loading the view that `search` names. */
export function preloadViewIn(search: string): void {
  VIEW_MODULES[viewNamedIn(search)]().catch(() => undefined);
}

// The view the URL names, each one its own chunk (view-modules.ts). While a view's chunk loads, an empty
// box stands in (the main area keeps a screen's height: app-shell.css), so nothing flashes or jumps.
import type { ReactNode } from 'react';
import { Suspense, useLayoutEffect, useSyncExternalStore } from 'react';
import { retryingLazy } from '../components/retrying-lazy.tsx';
import type { UrlState } from '../state/url-state.ts';
import type { ViewProps } from '../views/view-props.ts';
import { viewNamedIn } from '../state/named-in-url.ts';
import { VIEW_MODULES } from './view-modules.ts';

const OverviewView = retryingLazy(() => VIEW_MODULES.overview().then((m) => m.OverviewView));
const DimensionsView = retryingLazy(() => VIEW_MODULES.dimensions().then((m) => m.DimensionsView));
const NationView = retryingLazy(() => VIEW_MODULES.nation().then((m) => m.NationView));
const PlanView = retryingLazy(() => VIEW_MODULES.plan().then((m) => m.PlanView));
const ScoresVsTasksView = retryingLazy(() =>
  VIEW_MODULES['scores-vs-tasks']().then((m) => m.ScoresVsTasksView),
);
const DataView = retryingLazy(() => VIEW_MODULES.data().then((m) => m.DataView));
const BriefingView = retryingLazy(() => VIEW_MODULES.briefing().then((m) => m.BriefingWithSummary));

const VIEWS = {
  overview: OverviewView,
  dimensions: DimensionsView,
  nation: NationView,
  plan: PlanView,
  'scores-vs-tasks': ScoresVsTasksView,
  data: DataView,
  briefing: BriefingView,
} as const satisfies Record<UrlState['view'], { preload: () => Promise<void> }>;

/**
 * The code of the view that `search` (a URL's query string) names, loaded: the entry has been fetching it
 * (view-modules.ts), so it is usually in already. A first render after it shows the view at once, not a
 * placeholder that React keeps for 300 ms. Never rejects.
 */
export function viewComponentLoadedFor(search: string): Promise<void> {
  return VIEWS[viewNamedIn(search)].preload();
}

// How many view placeholders are shown: <main> is aria-busy meanwhile (app.tsx), so a driver or a screen
// reader waiting for the page to settle also waits for the view's code.
let placeholdersShown = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a view's code is loading. */
export function useViewLoading(): boolean {
  return useSyncExternalStore(subscribe, () => placeholdersShown > 0);
}

/** The quiet placeholder; counted before the browser paints, so the page never shows it as settled. */
function ViewPlaceholder(): ReactNode {
  useLayoutEffect(() => {
    placeholdersShown += 1;
    listeners.forEach((listener) => listener());
    return () => {
      placeholdersShown -= 1;
      listeners.forEach((listener) => listener());
    };
  }, []);
  return <div aria-busy="true" />;
}

/** The view the URL names, or a quiet placeholder while its code loads. */
export function CurrentView({ view, ...props }: ViewProps & { view: UrlState['view'] }): ReactNode {
  return (
    <Suspense fallback={<ViewPlaceholder />}>
      <ViewOf view={view} {...props} />
    </Suspense>
  );
}

function ViewOf({ view, ...props }: ViewProps & { view: UrlState['view'] }): ReactNode {
  switch (view) {
    case 'overview':
      return (
        <OverviewView
          provinceCode={props.provinceCode}
          year={props.year}
          provinceName={props.provinceName}
          onSelectYear={props.onSelectYear}
        />
      );
    case 'dimensions':
      return <DimensionsView {...props} />;
    case 'nation':
      return <NationView {...props} />;
    case 'plan':
      return <PlanView {...props} />;
    case 'scores-vs-tasks':
      return <ScoresVsTasksView {...props} />;
    case 'data':
      return <DataView {...props} />;
    case 'briefing':
      return <BriefingView {...props} />;
  }
}

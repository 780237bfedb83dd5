import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../queries/query-client.ts';
import { DatabaseProvider } from '../session/database-context.tsx';
import { databaseStore, startDatabase } from '../session/database-start.ts';
import { createSeededDatabaseStore } from '../prerender/seeded-database-store.ts';
import { createSeedPartsFollower, hydrateFirstScreenSeed } from '../prerender/load-first-screen-seed.ts';
import type { ViewId } from '../state/view-ids.ts';
import { loadLanguage } from '../i18n/dictionaries.ts';
import { languageNamedIn } from '../state/named-in-url.ts';
import { App } from './app.tsx';
import { viewComponentLoadedFor } from './current-view.tsx';
import { SeedEngineProgress } from './seed-engine-progress.tsx';
import { shareSettingsAcrossTabs } from './share-settings-across-tabs.ts';
import { UpdatePrompt } from './update-prompt.tsx';
import { useStoreAsTransition } from './use-store-as-transition.ts';

const queryClient = createQueryClient();
// Created before React subscribes, so the seed moves to the live keys before the views re-render.
const store = createSeededDatabaseStore(databaseStore, queryClient);
// Targets and the deck list follow the other tabs (the loaded data follows them in session/database-start).
shareSettingsAcrossTabs(queryClient);
databaseStore.subscribe(() => {
  if (databaseStore.getState().status === 'ready') performance.mark('papi:data-ready');
});

/** App-wide providers: react-query and the database. (Language comes from the URL state, in App.) */
export function Providers({ children }: { children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <DatabaseProvider store={store} start={startDatabase}>
        {children}
      </DatabaseProvider>
    </QueryClientProvider>
  );
}

/** While the seed is shown, the engine's own loading stage and download bar. */
function SeedEngineStatus(): ReactNode {
  const real = useStoreAsTransition(databaseStore.subscribe, databaseStore.getState);
  const shown = useSyncExternalStore(store.subscribe, store.isShowingSeed);
  return shown ? <SeedEngineProgress state={real} /> : null;
}

const isEngineReady = (): boolean => databaseStore.getState().status === 'ready';

/** The service worker and its update prompt wait for the real engine (not the seed) to be ready. */
function ServiceWorkerUpdates(): ReactNode {
  // Whether it is ready, not the stage: a stage's change re-rendered it at once (see use-store-as-transition.ts).
  const ready = useSyncExternalStore(databaseStore.subscribe, isEngineReady);
  return <UpdatePrompt ready={ready} />;
}

/**
 * How long the first render waits for the code of the view the URL names, the first-screen seed and the text of a
 * language loaded later (English). They have usually arrived with this chunk; past this, the shell renders with a
 * placeholder where the view goes, the engine's loading screen until the seed comes, or in Vietnamese until the
 * English text comes.
 */
const FIRST_RENDER_WAIT_MS = 1_000;

/** Renders the app into `rootElement`, showing the first-screen seed as soon as it has arrived. */
export function mountApp(rootElement: HTMLElement): void {
  const shownSeed = hydrateFirstScreenSeed(queryClient)
    .then((seed) => {
      if (seed !== null) store.activate(seed);
      return seed;
    })
    .catch(() => null);
  // A view or province chosen before the engine is live shows its own part of the seed.
  const follower = shownSeed.then((seed) =>
    seed === null ? null : createSeedPartsFollower(queryClient, seed, store.isShowingSeed),
  );
  const showSeedFor = (view: ViewId, provinceCode: string): void => {
    void follower.then((follow) => follow?.(view, provinceCode));
  };
  const root = createRoot(rootElement);
  const waited = new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  // With the seed: a seed that came after the first paint put the engine's loading dock above a page already
  // drawn, and moved it down (a layout shift, seen under load at 390 px: tests/e2e/overview.e2e.ts).
  const firstScreen = Promise.all([
    viewComponentLoadedFor(window.location.search),
    shownSeed,
    loadLanguage(languageNamedIn(window.location.search)).catch(() => undefined),
  ]);
  void Promise.race([firstScreen, waited]).then(() =>
    // A transition: React renders the first screen in slices, so input is not kept waiting behind one long task.
    startTransition(() =>
      root.render(
        <StrictMode>
          <Providers>
            <App engineStatus={<SeedEngineStatus />} onSelectionShown={showSeedFor} />
          </Providers>
          <ServiceWorkerUpdates />
        </StrictMode>,
      ),
    ),
  );
}

// The app's one database: call startDatabase() as early as possible (main.tsx, before React
// renders) so the 33 MB wasm download starts at once. Every later call shares the same promise.
// The data session joins the engine (db), the loaders (ingest) and the browser's storage: the bundled
// load, the imports kept in this browser (re-applied at start-up, cleared on reset) and the Data view's import.

import { isDownloadComplete } from '../db/download-progress.ts';
import { bootEngine, rebootEngine } from '../db/engine-boot.ts';
import { bundledFiles, prefetchBundledFiles } from '../ingest/bundled-files.ts';
import type {
  FileToImport,
  ImportAndKeepResult,
  ImportBatchChoice,
  ImportProgress,
} from './import-and-keep.ts';
import { addImportedFiles, clearImportedFiles, deleteImportedFile } from '../storage/imported-files-store.ts';
import type { StorageResult } from '../storage/indexed-db.ts';
import type { ReapplyReport } from './reapply-imports.ts';
import type * as DataLoaders from './data-loaders.ts';
import { createOtherTabStore } from './other-tab-state.ts';
import { createUnkeptImports, unkeptFileNames } from './unkept-imports.ts';
import {
  createTabSync,
  withDataLock,
  TAB_CHANNEL_NAME,
  type LockManagerLike,
  type TabChangeCause,
  type TabSync,
} from './tab-sync.ts';
import type { TableName } from '../db/tables.ts';
import type { TableFile } from '../ingest/load-tables.ts';
import type { Connector } from '../db/connector.ts';
import {
  createDatabaseStarter,
  createDatabaseStore,
  NO_STORED_IMPORTS,
  type DatabaseStore,
  type StoredImportsState,
} from './database-store.ts';

/** The loaders (data-loaders.ts), in a chunk of their own; the engine's start fetches them alongside the wasm. */
const loaders = (): Promise<typeof DataLoaders> => import('./data-loaders.ts');

/** The app-wide database state (status, error, connector, dataVersion, storedImports). */
export const databaseStore = createDatabaseStore();

/**
 * What the start-up's re-apply found, as the store keeps it (file names and counts, no bytes). Nothing kept is
 * NO_STORED_IMPORTS itself: a new object would re-render the shell and every view in one task at the start.
 */
export function storedImportsState(report: ReapplyReport): StoredImportsState {
  if (!report.ok)
    return { ...NO_STORED_IMPORTS, storageError: { reason: report.reason, error: report.error } };
  if (report.applied.length === 0 && report.failed.length === 0) return NO_STORED_IMPORTS;
  return {
    applied: report.applied.length,
    failed: report.failed.map(({ file, outcome }) => ({
      file: file.name,
      problemCount: outcome.problems.length,
      error: outcome.error,
    })),
    storageError: null,
  };
}

/**
 * Loads the bundled data, then re-applies the imports kept in this browser and records how that went in `store`.
 * `unseen`: a fresh engine no view queries yet (a start, a restart), which takes the bundled database whole, its
 * derived tables with it (computed at build time from the same data; a kept import that applies builds them again);
 * on the dev server, which ships none, the CSVs, whose derived tables are built once, by the last kept import that
 * applies (its swap builds them), or after when none does. On a connector the views are querying (another tab's
 * change), the bundled load builds them too, so they never go missing meanwhile.
 */
export async function loadBundledAndStoredImports(
  conn: Connector,
  store: DatabaseStore,
  files: Record<TableName, TableFile>,
  reapply?: (conn: Connector) => Promise<ReapplyReport>,
  { unseen = false }: { unseen?: boolean } = {},
): Promise<void> {
  const {
    loadBundledData,
    buildDerivedTables,
    startWithBundledData,
    reapplyKeptImports,
    DERIVED_TABLES_MARK,
  } = await loaders();
  if (!unseen) {
    await loadBundledData(conn, files);
    const report = await (reapply ?? reapplyKeptImports)(conn);
    store.update({ storedImports: storedImportsState(report) });
    return;
  }
  const source = await startWithBundledData(conn, files);
  const report = await (reapply ?? reapplyKeptImports)(conn);
  const reapplied = report.ok && report.applied.length > 0;
  if (source === 'sql' && !reapplied) await buildDerivedTables(conn);
  // For the start-up measurements and the browser tests: which way the derived tables came, unless a kept import's
  // re-apply built them again.
  if (!reapplied) performance.mark(DERIVED_TABLES_MARK, { detail: { source } });
  store.update({ storedImports: storedImportsState(report) });
}

/**
 * The import's and the re-apply's code (readers, checks, merge), loaded once the start is done and the page is idle:
 * off the first screen's path, yet there when a file is dropped or another tab's import makes this one re-apply the
 * kept files, even offline on a first visit, whose page the service worker does not control yet.
 */
function loadImportCodeWhenIdle(): void {
  const load = (): void => {
    import('./reapply-stored-imports.ts').catch(() => undefined);
    import('./import-and-keep.ts').catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 0);
}

const databaseStarter = createDatabaseStarter(databaseStore, {
  createConnector: async ({ fresh, ...hooks }) => {
    // Start DuckDB's worker now, then fetch DuckDB's JS (a lazy chunk, so the first frame need not
    // wait for it). A restart needs a new worker: the old one is dead.
    const boot = fresh ? rebootEngine() : bootEngine();
    // Fetched while the wasm downloads: needed once the engine opens (a failure surfaces where it is awaited).
    loaders().catch(() => undefined);
    const { createBrowserConnector } = await import('../db/browser-connector.ts');
    // The bundled database downloads once the wasm is in: at the end of its download (the worker says so:
    // db/wasm-download-report.ts), while it compiles and the engine opens, else when the engine opens. Fetched at
    // the start, the data files then held four of the browser's six connections to the server while the first
    // screen's seed and code waited; fetched alongside the wasm, on a slow link they delayed it by as long as they
    // saved. A failure surfaces when loadData awaits it.
    let dataRequested = false;
    const requestData = (): void => {
      if (dataRequested) return;
      dataRequested = true;
      prefetchBundledFiles();
    };
    return createBrowserConnector({
      ...hooks,
      boot,
      onStage: (stage) => {
        hooks.onStage(stage);
        if (stage === 'starting') requestData();
      },
      onDownloadProgress: (progress) => {
        hooks.onDownloadProgress(progress);
        if (isDownloadComplete(progress)) requestData();
      },
    });
  },
  loadData: async (conn) => {
    await loadBundledAndStoredImports(conn, databaseStore, await bundledFiles(), undefined, { unseen: true });
    loadImportCodeWhenIdle();
  },
});

/** Starts DuckDB and loads the bundled data and the kept imports, once; resolves to the connector when 'ready'. */
export const startDatabase = databaseStarter.start;

/**
 * After the engine stopped: a new engine, started the way the page starts one (bundled data, then the kept
 * imports), with no reload; the views query the new connector by themselves (it is part of every query key).
 */
export const restartDatabase = databaseStarter.restart;

const webLocks = (): LockManagerLike | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

/** The other tabs' reset announced, or their change held back (other-tab-state.ts). */
export const otherTabStore = createOtherTabStore();

/** This tab's imports that applied but were not kept, retried from the shell's notice (unkept-imports.ts). */
export const unkeptImports = createUnkeptImports({
  write: addImportedFiles,
  withLock: (work) => withDataLock(webLocks(), work),
  onKeptLater: () => {
    tabs().announce('import');
    // A change of the kept files waited for these to be kept too: take it in now.
    if (otherTabStore.getState().reloadHeld) void reloadFromStorage();
  },
});

/**
 * Reloads the bundled data and every kept import, then refreshes the views. A reload that fails (the re-apply's code
 * not loaded yet and the browser offline on a first visit) leaves the data as it was and the tab waiting for none.
 */
async function reloadFromStorage(): Promise<void> {
  try {
    await withDataLock(webLocks(), async () => {
      const conn = await startDatabase();
      await loadBundledAndStoredImports(conn, databaseStore, await bundledFiles());
      databaseStore.bumpDataVersion();
    });
  } finally {
    otherTabStore.update({ resetComing: false, reloadHeld: false });
  }
}

/** Another tab changed the kept data: reload the bundled data and every kept import, then refresh the views. */
async function reloadForOtherTab(cause: 'import' | 'reset'): Promise<void> {
  if (databaseStore.getState().status !== 'ready') return; // a start not yet done reads storage by itself
  if (cause === 'reset')
    unkeptImports.drop(); // the resetting tab was told of them and went on
  else if (unkeptImports.getState().batches.length > 0) {
    // A reload from storage would erase this tab's unkept imports: it waits until they are kept.
    otherTabStore.update({ reloadHeld: true });
    return;
  }
  await reloadFromStorage();
  databaseStore.update({ otherTabUpdates: databaseStore.getState().otherTabUpdates + 1 });
}

/**
 * Forgets one kept file (to free space) and drops its data: the imports this tab could not keep are written
 * first, then the data is reloaded from what is kept; while some still cannot be kept, the reload waits for
 * them (a reload now would erase them), and the notice says so.
 */
export async function removeKeptImport(id: number): Promise<StorageResult<void>> {
  const removed = await withDataLock(webLocks(), () => deleteImportedFile(id));
  if (!removed.ok) return removed;
  if (unkeptImports.getState().batches.length > 0) await unkeptImports.retry();
  if (unkeptImports.getState().batches.length > 0) otherTabStore.update({ reloadHeld: true });
  else await reloadFromStorage();
  tabs().announce('import');
  return removed;
}

let tabSync: TabSync | null = null;
const otherTabListeners = new Set<(cause: TabChangeCause) => void>();
/** The tab's channel to the others, opened on first use (never in Node, where there is no app to refresh). */
function tabs(): TabSync {
  tabSync ??= createTabSync(
    typeof BroadcastChannel === 'undefined' || typeof window === 'undefined'
      ? null
      : new BroadcastChannel(TAB_CHANNEL_NAME),
    ({ cause }) => {
      // Not taken in, the other tab's change shows at the next one or the next start (reloadFromStorage).
      if (cause === 'import' || cause === 'reset') reloadForOtherTab(cause).catch(() => undefined);
      else otherTabListeners.forEach((listener) => listener(cause));
    },
    {
      onResetComing: () => otherTabStore.update({ resetComing: true }),
      unkeptFiles: () => unkeptFileNames(unkeptImports.getState()),
    },
  );
  return tabSync;
}

/** Tells the other tabs that what the user keeps beside the data (targets, the deck list) changed here. */
export function announceToOtherTabs(cause: Exclude<TabChangeCause, 'import' | 'reset'>): void {
  tabs().announce(cause);
}

/** Calls `listener` when another tab changed the targets or the deck list; returns the unsubscribe. */
export function onOtherTabChange(listener: (cause: TabChangeCause) => void): () => void {
  otherTabListeners.add(listener);
  return () => otherTabListeners.delete(listener);
}

/** Opens the channel so this tab hears the others' changes from the start. */
export function listenToOtherTabs(): void {
  tabs();
}

/**
 * Reads, applies (whole or not at all) and keeps dropped files; refreshes every query when they applied. Rejects only
 * when its code cannot be loaded (offline before the service worker took the page over); the Data view says so.
 */
export async function importFiles(
  files: readonly FileToImport[],
  choice: ImportBatchChoice = {},
  progress: ImportProgress = {},
): Promise<ImportAndKeepResult> {
  const conn = await startDatabase();
  // Under the cross-tab lock: two tabs importing at once apply one after the other, and both are kept.
  // Its readers and writers load with the first import (they load at the start only when a file is kept).
  const { importAndKeep } = await import('./import-and-keep.ts');
  // The views refresh as soon as the files applied, while they are being kept; the other tabs hear of them once kept.
  const onApplied = (): void => {
    databaseStore.bumpDataVersion();
    progress.onApplied?.();
  };
  const result = await withDataLock(webLocks(), () =>
    importAndKeep(conn, files, unkeptImports.keep, undefined, choice, { ...progress, onApplied }),
  );
  if (result.outcome.ok) tabs().announce('import');
  return result;
}

/** The files other tabs applied but could not keep, which a reset here would erase (asked before one). */
export function askOtherTabsForUnkeptImports(): Promise<string[]> {
  return tabs().askForUnkeptImports();
}

/** Forgets every kept import, reloads every bundled table and refreshes every query; the result says whether the browser's store was cleared. */
export async function resetToBundledData(): Promise<StorageResult<void>> {
  const conn = await startDatabase();
  // The other tabs hear of it before their data goes.
  tabs().announceResetComing();
  const cleared = await withDataLock(webLocks(), async () => {
    const result = await clearImportedFiles();
    await (await loaders()).loadBundledData(conn, await bundledFiles());
    return result;
  });
  tabs().announce('reset');
  unkeptImports.drop();
  const storageError = cleared.ok ? null : { reason: cleared.reason, error: cleared.error };
  databaseStore.update({ storedImports: { ...NO_STORED_IMPORTS, storageError } });
  databaseStore.bumpDataVersion();
  return cleared;
}

/**
 * Replaces what this browser keeps (a restored backup) under the cross-tab lock; when `replace` says it did, the
 * bundled data and the kept imports are loaded again (the start-up's re-apply), every query refreshes and the
 * other tabs reload theirs. Never rejects unless `replace` does.
 */
export async function replaceKeptData<T extends { readonly ok: boolean }>(
  replace: () => Promise<T>,
): Promise<T> {
  const conn = await startDatabase();
  const replaced = await withDataLock(webLocks(), async () => {
    const result = await replace();
    if (result.ok) await loadBundledAndStoredImports(conn, databaseStore, await bundledFiles());
    return result;
  });
  if (replaced.ok) {
    databaseStore.bumpDataVersion();
    tabs().announce('import');
    tabs().announce('targets');
  }
  return replaced;
}

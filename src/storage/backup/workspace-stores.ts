// The workspace read from, and written to, the stores of this browser, each through its own module. A restore
// replaces five IndexedDB databases, which no one transaction spans: each store is replaced in one transaction,
// and when one fails, the stores already replaced are put back as they were, so the user sees all or nothing.
import { readBriefingDeck, replaceBriefingDeck } from '../briefing-store.ts';
import { readAllDimensionTargets, replaceAllDimensionTargets } from '../dimension-targets-store.ts';
import { listImportedFilesWithBytes, replaceImportedFiles } from '../imported-files-store.ts';
import type { StorageFailureReason, StorageResult } from '../indexed-db.ts';
import { readAllQueryHistory, replaceQueryHistory } from '../query-history.ts';
import { readAllReportUnits, replaceAllReportUnits } from '../report-units-store.ts';
import { WORKSPACE_KINDS, type WorkspaceContents, type WorkspaceKind } from './backup-format.ts';

/** How one kind is read and replaced. */
export type WorkspaceStores = {
  readonly [K in WorkspaceKind]: {
    readonly read: () => Promise<StorageResult<WorkspaceContents[K]>>;
    readonly replace: (value: WorkspaceContents[K]) => Promise<StorageResult<unknown>>;
  };
};

/** The stores of this browser. */
export const BROWSER_WORKSPACE_STORES: WorkspaceStores = {
  imports: { read: listImportedFilesWithBytes, replace: replaceImportedFiles },
  targets: { read: readAllDimensionTargets, replace: replaceAllDimensionTargets },
  deck: { read: readBriefingDeck, replace: replaceBriefingDeck },
  reportUnits: { read: readAllReportUnits, replace: replaceAllReportUnits },
  queryHistory: { read: readAllQueryHistory, replace: replaceQueryHistory },
};

/** Everything kept in this browser, or the first storage failure. */
export async function readWorkspace(
  stores: WorkspaceStores = BROWSER_WORKSPACE_STORES,
): Promise<StorageResult<WorkspaceContents>> {
  const imports = await stores.imports.read();
  if (!imports.ok) return imports;
  const targets = await stores.targets.read();
  if (!targets.ok) return targets;
  const deck = await stores.deck.read();
  if (!deck.ok) return deck;
  const reportUnits = await stores.reportUnits.read();
  if (!reportUnits.ok) return reportUnits;
  const queryHistory = await stores.queryHistory.read();
  if (!queryHistory.ok) return queryHistory;
  const value = {
    imports: imports.value,
    targets: targets.value,
    deck: deck.value,
    reportUnits: reportUnits.value,
    queryHistory: queryHistory.value,
  };
  return { ok: true, value };
}

export type ReplaceWorkspaceResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The write (or the read of what was there) that failed. */
      readonly reason: StorageFailureReason;
      readonly error: string;
      /** Whether what was there is back; false only if putting it back failed too. */
      readonly putBack: boolean;
    };

const replaceKind = <K extends WorkspaceKind>(
  stores: WorkspaceStores,
  kind: K,
  contents: WorkspaceContents,
): Promise<StorageResult<unknown>> => stores[kind].replace(contents[kind]);

/** Replaces every kind by `incoming`; on a failure the kinds already replaced get their former records back. */
export async function replaceWorkspace(
  incoming: WorkspaceContents,
  stores: WorkspaceStores = BROWSER_WORKSPACE_STORES,
): Promise<ReplaceWorkspaceResult> {
  const before = await readWorkspace(stores);
  if (!before.ok) return { ok: false, reason: before.reason, error: before.error, putBack: true };
  const replaced: WorkspaceKind[] = [];
  for (const kind of WORKSPACE_KINDS) {
    const written = await replaceKind(stores, kind, incoming);
    if (!written.ok) {
      // The failed store's own transaction was undone; the ones before it are written back.
      const restored = await Promise.all(replaced.map((done) => replaceKind(stores, done, before.value)));
      return {
        ok: false,
        reason: written.reason,
        error: written.error,
        putBack: restored.every((result) => result.ok),
      };
    }
    replaced.push(kind);
  }
  return { ok: true };
}

// Imports that applied in this tab but that the browser refused to keep (quota, blocked storage). They stay
// listed, with why, until a retry keeps them or a reset drops them: a failed write is never forgotten silently.
// A later import waits behind an unkept one, so what is kept is always in the order it was applied (start-up
// re-applies kept files in that order, and a later file may replace an earlier one's rows).

import type { NewImportedFile } from '../storage/imported-files-store.ts';
import type { StorageFailureReason, StorageResult } from '../storage/indexed-db.ts';

/** Why the browser refused, and its own words (technical detail). */
export interface KeepFailure {
  readonly reason: StorageFailureReason;
  readonly error: string;
}

/** The files of one import, applied in this tab and not kept. */
export interface UnkeptBatch {
  readonly id: number;
  readonly files: readonly NewImportedFile[];
}

export interface UnkeptImportsState {
  readonly batches: readonly UnkeptBatch[];
  /** The last refusal (null once every batch is kept). */
  readonly failure: KeepFailure | null;
  readonly retrying: boolean;
  /** Next batch id. */
  readonly nextId: number;
  /**
   * Writes of this tab's imports that the browser took, at once or on a retry. The views refresh when an import
   * applied, before its files are kept, so the kept files list is asked again whenever this grows (a count that only
   * grows: a key that came back to an earlier value would find the list read before the write).
   */
  readonly keptWrites: number;
}

export const NO_UNKEPT_IMPORTS: UnkeptImportsState = {
  batches: [],
  failure: null,
  retrying: false,
  nextId: 1,
  keptWrites: 0,
};

export type UnkeptImportsAction =
  | {
      readonly type: 'keep-failed';
      readonly files: readonly NewImportedFile[];
      readonly failure: KeepFailure;
    }
  | { readonly type: 'written' }
  | { readonly type: 'retry-started' }
  | { readonly type: 'kept'; readonly ids: readonly number[] }
  | { readonly type: 'retry-failed'; readonly failure: KeepFailure }
  | { readonly type: 'dropped' };

/** The state after `action`: the one place that decides what stays listed as not kept. */
export function unkeptImportsReducer(
  state: UnkeptImportsState,
  action: UnkeptImportsAction,
): UnkeptImportsState {
  switch (action.type) {
    case 'keep-failed':
      return {
        ...state,
        batches: [...state.batches, { id: state.nextId, files: action.files }],
        failure: action.failure,
        nextId: state.nextId + 1,
      };
    case 'written':
      return { ...state, keptWrites: state.keptWrites + 1 };
    case 'retry-started':
      return { ...state, retrying: true };
    case 'kept': {
      const batches = state.batches.filter((batch) => !action.ids.includes(batch.id));
      const failure = batches.length === 0 ? null : state.failure;
      const keptWrites = state.keptWrites + action.ids.length;
      return { ...state, batches, failure, retrying: false, keptWrites };
    }
    case 'retry-failed':
      return { ...state, failure: action.failure, retrying: false };
    case 'dropped':
      return { ...NO_UNKEPT_IMPORTS, nextId: state.nextId, keptWrites: state.keptWrites };
  }
}

/** The names of the files not kept, in import order. */
export const unkeptFileNames = (state: UnkeptImportsState): string[] =>
  state.batches.flatMap((batch) => batch.files.map((file) => file.name));

/** Writes the files of one import to the browser's storage (imported-files-store's addImportedFiles). */
export type WriteImportedFiles = (files: readonly NewImportedFile[]) => Promise<StorageResult<number>>;

export interface UnkeptImports {
  getState(): UnkeptImportsState;
  subscribe(listener: () => void): () => void;
  /** Keeps an import's files, or lists them as not kept; the result says which (the Data view reports it). */
  keep(files: readonly NewImportedFile[]): Promise<StorageResult<number>>;
  /** Writes every unkept import again, oldest first, stopping at the first refusal; true when all are kept. */
  retry(): Promise<boolean>;
  /** Forgets the unkept imports (the data they applied was dropped: a reset). */
  drop(): void;
}

export interface UnkeptImportsDeps {
  readonly write: WriteImportedFiles;
  /** Runs a write under the cross-tab data lock. */
  readonly withLock?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Called after a retry kept files (other tabs may now load them). */
  readonly onKeptLater?: () => void;
}

/** The tab's unkept imports, with the write they are retried through. */
export function createUnkeptImports(deps: UnkeptImportsDeps): UnkeptImports {
  let state = NO_UNKEPT_IMPORTS;
  const listeners = new Set<() => void>();
  const dispatch = (action: UnkeptImportsAction): void => {
    state = unkeptImportsReducer(state, action);
    listeners.forEach((listener) => listener());
  };
  const locked = deps.withLock ?? (<T>(work: () => Promise<T>) => work());
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    keep: async (files) => {
      const waiting = state.failure;
      if (waiting !== null) {
        // Kept after the earlier imports or not at all, so the kept order stays the applied order.
        dispatch({ type: 'keep-failed', files, failure: waiting });
        return { ok: false, reason: waiting.reason, error: waiting.error };
      }
      const result = await deps.write(files);
      dispatch(result.ok ? { type: 'written' } : { type: 'keep-failed', files, failure: result });
      return result;
    },
    retry: async () => {
      if (state.retrying || state.batches.length === 0) return state.batches.length === 0;
      dispatch({ type: 'retry-started' });
      const kept: number[] = [];
      let refusal: KeepFailure | null = null;
      await locked(async () => {
        for (const batch of state.batches) {
          const result = await deps.write(batch.files);
          if (!result.ok) {
            refusal = { reason: result.reason, error: result.error };
            return;
          }
          kept.push(batch.id);
        }
      });
      dispatch({ type: 'kept', ids: kept });
      if (refusal !== null) dispatch({ type: 'retry-failed', failure: refusal });
      if (kept.length > 0) deps.onKeptLater?.();
      return refusal === null;
    },
    drop: () => dispatch({ type: 'dropped' }),
  };
}

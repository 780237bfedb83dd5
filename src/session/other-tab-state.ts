// What this tab knows of the other tabs' changes beyond the reload itself: a reset announced and not yet
// taken in, and a reload held back because this tab has imports it could not keep (a reload from storage
// would erase them without a word).

export interface OtherTabState {
  /** Another tab said it is about to restore the bundled data; cleared when this tab has reloaded. */
  readonly resetComing: boolean;
  /** Another tab changed the data, and this tab waits to reload until its own unkept imports are kept. */
  readonly reloadHeld: boolean;
}

export const NO_OTHER_TAB_CHANGE: OtherTabState = { resetComing: false, reloadHeld: false };

export interface OtherTabStore {
  getState(): OtherTabState;
  subscribe(listener: () => void): () => void;
  update(patch: Partial<OtherTabState>): void;
}

/** A subscribable OtherTabState (read by React through useSyncExternalStore). */
export function createOtherTabStore(): OtherTabStore {
  let state = NO_OTHER_TAB_CHANGE;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (patch) => {
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener());
    },
  };
}

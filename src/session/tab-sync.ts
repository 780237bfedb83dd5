// Tabs agree: a tab that changes the loaded data (an import kept, a reset) says so on a BroadcastChannel, and
// every other tab of the app reloads from what this browser keeps (IndexedDB) and refreshes its views; a change
// of what the user keeps beside the data (dimension targets, the deck list) makes the others re-read it. Data
// changes are serialised across tabs with the Web Locks API, so two imports at once apply one after the other
// and both are kept. Browsers without either API (or Node) keep working alone.

/** What changed: the loaded data (an import kept, a reset) or what the user keeps beside it. */
export const TAB_CHANGE_CAUSES = ['import', 'reset', 'targets', 'deck'] as const;
export type TabChangeCause = (typeof TAB_CHANGE_CAUSES)[number];

/** What a tab announces after it changed something kept in this browser. */
export interface DataChangedMessage {
  kind: 'data-changed';
  cause: TabChangeCause;
}

/** The part of BroadcastChannel this module uses (the browser's, or Node's in tests). */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export const TAB_CHANNEL_NAME = 'papi-dashboard-data';
/** The Web Lock every change of the loaded data is made under, in every tab. */
export const DATA_LOCK_NAME = 'papi-dashboard-data-change';

const isDataChanged = (data: unknown): data is DataChangedMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { kind?: unknown }).kind === 'data-changed' &&
  (TAB_CHANGE_CAUSES as readonly string[]).includes(String((data as { cause?: unknown }).cause));

export interface TabSync {
  /** Tells the other tabs (never this one) that something kept changed. */
  announce(cause: TabChangeCause): void;
  close(): void;
}

/** Listens on `channel` for other tabs' changes; null (no BroadcastChannel) gives a tab that works alone. */
export function createTabSync(
  channel: TabChannel | null,
  onOtherTabChanged: (message: DataChangedMessage) => void,
): TabSync {
  channel?.addEventListener('message', (event) => {
    if (isDataChanged(event.data)) onOtherTabChanged(event.data);
  });
  return {
    announce: (cause) => channel?.postMessage({ kind: 'data-changed', cause } satisfies DataChangedMessage),
    close: () => channel?.close(),
  };
}

/** The part of navigator.locks this module uses. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Runs `change` under the cross-tab data lock when the browser has one, else at once. */
export function withDataLock<T>(locks: LockManagerLike | undefined, change: () => Promise<T>): Promise<T> {
  return locks === undefined ? change() : locks.request(DATA_LOCK_NAME, change);
}

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
  /** Tells the other tabs a reset is about to erase what they show (sent before the reset starts). */
  announceResetComing(): void;
  /** Asks the other tabs which imports they applied but could not keep; the names heard within `waitMs`. */
  askForUnkeptImports(waitMs?: number): Promise<string[]>;
  close(): void;
}

/** What a tab answers and does for the others' reset, beside the data-changed messages. */
export interface TabSyncOptions {
  /** Another tab is about to reset the data. */
  readonly onResetComing?: () => void;
  /** The names of this tab's imports that are applied but not kept (asked before another tab resets). */
  readonly unkeptFiles?: () => readonly string[];
}

/** How long a resetting tab waits for the others to say what they hold unkept (a channel answers in a few ms). */
export const UNKEPT_ANSWER_WAIT_MS = 400;

interface ResetComingMessage {
  kind: 'reset-coming';
}
interface UnkeptQuestion {
  kind: 'unkept-question';
  id: string;
}
interface UnkeptAnswer {
  kind: 'unkept-answer';
  id: string;
  files: string[];
}

const kindOf = (data: unknown): unknown =>
  typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
const idOf = (data: unknown): string => String((data as { id?: unknown }).id);
const filesOf = (data: unknown): string[] => {
  const files = (data as { files?: unknown }).files;
  return Array.isArray(files) ? files.map(String) : [];
};

/** Listens on `channel` for other tabs' changes; null (no BroadcastChannel) gives a tab that works alone. */
export function createTabSync(
  channel: TabChannel | null,
  onOtherTabChanged: (message: DataChangedMessage) => void,
  options: TabSyncOptions = {},
): TabSync {
  const answerListeners = new Set<(data: unknown) => void>();
  channel?.addEventListener('message', (event) => {
    const { data } = event;
    if (isDataChanged(data)) onOtherTabChanged(data);
    else if (kindOf(data) === 'reset-coming') options.onResetComing?.();
    else if (kindOf(data) === 'unkept-question') {
      const files = [...(options.unkeptFiles?.() ?? [])];
      if (files.length > 0)
        channel.postMessage({ kind: 'unkept-answer', id: idOf(data), files } satisfies UnkeptAnswer);
    } else if (kindOf(data) === 'unkept-answer') answerListeners.forEach((listener) => listener(data));
  });
  return {
    announce: (cause) => channel?.postMessage({ kind: 'data-changed', cause } satisfies DataChangedMessage),
    announceResetComing: () => channel?.postMessage({ kind: 'reset-coming' } satisfies ResetComingMessage),
    askForUnkeptImports: async (waitMs = UNKEPT_ANSWER_WAIT_MS) => {
      if (channel === null) return [];
      const id = `${Date.now()}-${Math.random()}`;
      const heard: string[] = [];
      const listener = (data: unknown): void => {
        if (idOf(data) === id) heard.push(...filesOf(data));
      };
      answerListeners.add(listener);
      channel.postMessage({ kind: 'unkept-question', id } satisfies UnkeptQuestion);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      answerListeners.delete(listener);
      return heard;
    },
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

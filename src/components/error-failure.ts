// Why an operation of the user's failed (an export, saving to this browser's storage), in their language:
// the browser's own errors are sorted here, once, by their DOMException name (or the shape of a network
// failure), and the browser's English text is kept apart as technical detail.
import type { Translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/vi.ts';

export interface FailureDescription {
  /** A clause that completes "Không xuất được: …" / "Export failed: …". */
  reasonKey: MessageKey;
  /** The browser's or library's own text, for a collapsed details element; null when there is none. */
  detail: string | null;
}

const BY_NAME: Readonly<Record<string, MessageKey>> = {
  QuotaExceededError: 'error.browser.quota',
  // Firefox's name for a full profile.
  NS_ERROR_DOM_QUOTA_REACHED: 'error.browser.quota',
  NotAllowedError: 'error.browser.notAllowed',
  // Blocked site storage: Chrome's "The user denied permission to access the database" is an UnknownError.
  UnknownError: 'error.browser.storageRefused',
  SecurityError: 'error.browser.storageRefused',
  InvalidStateError: 'error.browser.invalidState',
  // IndexedDB opened below the version a newer app (another tab, an update) upgraded it to.
  VersionError: 'error.browser.storageOutdated',
  NetworkError: 'error.browser.network',
};

// A fetch or a lazy chunk that could not be downloaded: Chromium, Firefox and Safari word it differently.
const NETWORK_MESSAGE =
  /^(Failed to fetch|NetworkError when attempting to fetch|Load failed|Importing a module script failed|error loading dynamically imported module)|A network error occurred/i;

const nameOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

const messageOf = (error: unknown): string => {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return typeof error === 'string' ? error : '';
};

/** Sorts what an export or a storage write threw into a reason in the user's language and the technical text. */
export function describeFailure(error: unknown): FailureDescription {
  const name = nameOf(error);
  const message = messageOf(error);
  const detail = [name, message].filter((part) => part !== '' && part !== 'Error').join(': ') || null;
  const byName = BY_NAME[name];
  if (byName !== undefined) return { reasonKey: byName, detail };
  if (NETWORK_MESSAGE.test(message)) return { reasonKey: 'error.browser.network', detail };
  return { reasonKey: 'error.browser.other', detail };
}

/** Whether `error` is a download that could not happen (the network, or a lazy chunk that could not come). */
export const isDownloadFailure = (error: unknown): boolean =>
  describeFailure(error).reasonKey === 'error.browser.network';

/** A storage result's failure as the stores type it (storage/indexed-db.ts): the sorted reason and the browser's text. */
export interface StorageFailure {
  readonly reason: 'quota' | 'unavailable' | 'outdated' | 'unknown';
  readonly error: string;
}

const BY_STORAGE_REASON: Readonly<Record<StorageFailure['reason'], MessageKey>> = {
  quota: 'error.browser.quota',
  unavailable: 'error.browser.storageRefused',
  outdated: 'error.browser.storageOutdated',
  unknown: 'error.browser.other',
};

/** A refused write or read of this browser's storage, worded as describeFailure words a thrown error. */
export function describeStorageFailure(failure: StorageFailure): FailureDescription {
  return {
    reasonKey: BY_STORAGE_REASON[failure.reason],
    detail: failure.error === '' ? null : failure.error,
  };
}

/**
 * A storage failure as one sentence in the UI language: "Không lưu được vào trình duyệt: <reason>", except for
 * a tab running an older app, which has lost nothing and only needs a reload (said as such, not as a failure).
 */
export function storageFailureText(failure: StorageFailure, t: Translate): string {
  if (failure.reason === 'outdated') return t('storage.outdated');
  return t('storage.failed', { reason: t(describeStorageFailure(failure).reasonKey) });
}

/** "Không xuất được: <the reason in the UI language>", for a status that can only hold text. */
export function exportFailureText(error: unknown, t: Translate): string {
  return t('export.status.failed', { reason: t(describeFailure(error).reasonKey) });
}

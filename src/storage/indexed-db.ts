// The one module that opens this browser's IndexedDB (via idb) for the stores beside it. Storage fails in
// real browsers (quota, private mode, blocked storage): the failure is sorted into what the user can act
// on and comes back typed, never thrown and never silent.

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/**
 * quota: the browser refused the space; unavailable: no IndexedDB (private mode, blocked storage); outdated: a
 * newer version of the app (another tab, or after an update) has upgraded the database past this tab's
 * version, so this tab's code must be reloaded.
 */
export type StorageFailureReason = 'quota' | 'unavailable' | 'outdated' | 'unknown';

export type StorageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: StorageFailureReason; readonly error: string };

/** One IndexedDB database: its name and version (both part of users' stored data: never rename) and its layout. */
export interface StorageDatabase<Schema extends DBSchema> {
  readonly name: string;
  readonly version: number;
  /**
   * Creates the object stores of a database opened for the first time, or brings an older version's layout up
   * to this one (`oldVersion` 0: a new database; `transaction`: the upgrade's, to reach existing stores).
   */
  readonly upgrade: (
    database: IDBPDatabase<Schema>,
    oldVersion: number,
    transaction: IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>,
  ) => void;
}

class StorageUnavailableError extends Error {}

/** A call on a connection closed because a newer app is upgrading its database: this tab must reload. */
class StorageOutdatedError extends Error {}

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Sorts a storage error into what the user can act on. */
export function classifyStorageError(error: unknown): StorageFailureReason {
  const name = errorName(error);
  // Firefox names a full profile NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  // Opening at a lower version than the database's: a newer app upgraded it, this tab runs older code.
  if (name === 'VersionError' || error instanceof StorageOutdatedError) return 'outdated';
  if (error instanceof StorageUnavailableError) return 'unavailable';
  // Private modes and blocked storage refuse to open: InvalidStateError, SecurityError, UnknownError.
  if (['InvalidStateError', 'SecurityError', 'UnknownError'].includes(name)) return 'unavailable';
  return 'unknown';
}

/** What a caller holding a connection open needs to hear. */
export interface OpenStorageOptions {
  /** The connection was closed because another tab (a newer app) wants to upgrade the database. */
  readonly onClosedForUpgrade?: () => void;
}

/**
 * Opens `database`; a browser without IndexedDB, or one that refuses to open it (other than for quota or a
 * newer version), rejects as unavailable. The connection closes itself when another tab asks to upgrade the
 * database, so that tab's open is not blocked by this one.
 */
export async function openStorage<Schema extends DBSchema>(
  database: StorageDatabase<Schema>,
  options: OpenStorageOptions = {},
): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
  let closedForUpgrade = false;
  try {
    const opened: IDBPDatabase<Schema> = await openDB<Schema>(database.name, database.version, {
      upgrade: (db, oldVersion, _newVersion, transaction) => database.upgrade(db, oldVersion, transaction),
      // idb's `blocking`: the connection's versionchange event. Its running transactions still finish.
      blocking: (_currentVersion, newVersion) => {
        // null: another tab deletes the database, which no app version does (tests do).
        closedForUpgrade = newVersion !== null;
        opened.close();
        options.onClosedForUpgrade?.();
      },
    });
    return failingAsOutdatedOnceClosed(opened, () => closedForUpgrade);
  } catch (error) {
    const reason = classifyStorageError(error);
    if (reason === 'quota' || reason === 'outdated') throw error;
    throw new StorageUnavailableError(messageOf(error));
  }
}

/**
 * The connection, whose failures after `closedForUpgrade` are StorageOutdatedError (a full disk stays quota): the
 * browser's own error for a closed connection (InvalidStateError) reads as refused storage, while a call still in
 * flight when another tab upgrades the database needs this tab reloaded, as an open meeting the newer version does.
 */
function failingAsOutdatedOnceClosed<Schema extends DBSchema>(
  connection: IDBPDatabase<Schema>,
  closedForUpgrade: () => boolean,
): IDBPDatabase<Schema> {
  const outdated = (error: unknown): unknown =>
    closedForUpgrade() && classifyStorageError(error) !== 'quota'
      ? new StorageOutdatedError(messageOf(error))
      : error;
  return new Proxy(connection, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      // Called on idb's own object, as idb's methods expect; a promise's rejection is sorted as a throw is.
      return (...args: unknown[]): unknown => {
        try {
          const result: unknown = Reflect.apply(value, target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => Promise.reject(outdated(error)))
            : result;
        } catch (error) {
          throw outdated(error);
        }
      };
    },
  });
}

/** Runs `work` on `database`, opened for it and closed after; every failure comes back as a typed result. */
export async function withStorage<Schema extends DBSchema, T>(
  database: StorageDatabase<Schema>,
  work: (db: IDBPDatabase<Schema>) => Promise<T>,
): Promise<StorageResult<T>> {
  let db: IDBPDatabase<Schema> | null = null;
  try {
    db = await openStorage(database);
    return { ok: true, value: await work(db) };
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error), error: messageOf(error) };
  } finally {
    db?.close();
  }
}

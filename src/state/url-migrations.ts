// Old links keep working: each URL format change adds a pure migration from the version before
// (after owid-grapher's GrapherUrlMigrations). A URL without `v` is version 0. Migrations see every parameter,
// the views' own ones included: their current names and formats are the codecs in view-param-codecs.ts.

/** The query parameter that carries the URL format's version. */
export const URL_VERSION_PARAM = 'v';

/** The version serialiseUrlState writes. */
export const CURRENT_URL_VERSION = 1;

/** Turns the parameters of version `from` into those of version `from + 1`. */
export interface UrlMigration {
  from: number;
  migrate: (params: URLSearchParams) => URLSearchParams;
}

/**
 * Version 0 (links made before the version existed): `province`, `year`, `lang`, `view`.
 * Version 1 keeps those four and adds `v=1`, so later formats can be told apart.
 */
const addVersion = (params: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams(params);
  next.set(URL_VERSION_PARAM, '1');
  return next;
};

/** Every migration, in order; the last one's `from + 1` is CURRENT_URL_VERSION. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [{ from: 0, migrate: addVersion }];

/** The version a URL says it has: 0 when `v` is missing or not a whole number. */
export function readUrlVersion(params: URLSearchParams): number {
  const raw = params.get(URL_VERSION_PARAM);
  return raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : 0;
}

/**
 * Brings parameters of any older version up to CURRENT_URL_VERSION (a new object; the input is left
 * alone). A version newer than this app knows is read as it is, best effort.
 */
export function migrateUrlParams(params: URLSearchParams): URLSearchParams {
  let migrated = new URLSearchParams(params);
  if (readUrlVersion(migrated) === 0) migrated.delete(URL_VERSION_PARAM); // drop a malformed `v`
  for (const migration of URL_MIGRATIONS) {
    if (readUrlVersion(migrated) === migration.from) migrated = migration.migrate(migrated);
  }
  return migrated;
}

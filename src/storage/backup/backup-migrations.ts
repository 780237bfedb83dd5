// Older backups keep restoring: each change of the archive's layout adds a pure migration from the version
// before (as the URL's migrations do, src/state/url-migrations.ts). A manifest without `formatVersion` is version 0.
import {
  CURRENT_BACKUP_VERSION,
  KIND_ENTRY_PATHS,
  WORKSPACE_KINDS,
  type WorkspaceKind,
} from './backup-format.ts';

/** An archive as read, before its manifest is checked: the manifest's JSON and every other file by path. */
export interface RawBackup {
  readonly manifest: Readonly<Record<string, unknown>>;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Turns an archive of version `from` into one of version `from + 1`. */
export interface BackupMigration {
  readonly from: number;
  readonly migrate: (backup: RawBackup) => RawBackup;
}

/** The version a manifest says it has: 0 when `formatVersion` is missing, null when it is not a version (damage). */
export function readBackupVersion(manifest: Readonly<Record<string, unknown>>): number | null {
  const raw = manifest.formatVersion;
  if (raw === undefined) return 0;
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : null;
}

/** How many records a kind's JSON entry holds (null when it does not parse: the reader then says so). */
function countEntry(kind: WorkspaceKind, bytes: Uint8Array | undefined): number | null {
  if (bytes === undefined) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (kind === 'deck') {
      const slides = (value as { slides?: unknown } | null)?.slides;
      return Array.isArray(slides) ? slides.length : null;
    }
    return Array.isArray(value) ? value.length : null;
  } catch {
    return null;
  }
}

/**
 * Version 0 (the first backups, before the layout had a version): the same entries, but the manifest had no
 * `formatVersion` and no `counts`. Version 1 writes both; the counts of a version 0 file are read from its entries.
 */
const addVersionAndCounts = ({ manifest, files }: RawBackup): RawBackup => ({
  manifest: {
    ...manifest,
    formatVersion: 1,
    counts: Object.fromEntries(
      WORKSPACE_KINDS.map((kind) => [kind, countEntry(kind, files.get(KIND_ENTRY_PATHS[kind])) ?? 0]),
    ),
  },
  files,
});

/**
 * Version 1 kept each import's original bytes only; version 2 adds its checked rows beside them (imports.json's
 * `rows`). A version 1 file is a version 2 file whose imports have no rows: restored, they are read again from
 * their bytes, once, and their rows kept from then on (session/reapply-imports.ts). Its entries stay as they
 * are, so their checksums are still the ones checked.
 */
const importsWithoutRows = ({ manifest, files }: RawBackup): RawBackup => ({
  manifest: { ...manifest, formatVersion: 2 },
  files,
});

/** Every migration, in order; the last one's `from + 1` is CURRENT_BACKUP_VERSION. */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [
  { from: 0, migrate: addVersionAndCounts },
  { from: 1, migrate: importsWithoutRows },
];

/** Brings an archive of any older version up to CURRENT_BACKUP_VERSION (the input is left alone). */
export function migrateBackup(backup: RawBackup): RawBackup {
  let migrated = backup;
  for (const migration of BACKUP_MIGRATIONS) {
    if (readBackupVersion(migrated.manifest) === migration.from) migrated = migration.migrate(migrated);
  }
  if (readBackupVersion(migrated.manifest) !== CURRENT_BACKUP_VERSION) {
    throw new Error(`No migration reaches backup version ${String(CURRENT_BACKUP_VERSION)}.`);
  }
  return migrated;
}

// The workspace written as one .papi.zip: a JSON entry per kind, each kept import's original bytes and its
// checked rows (when it was kept with them), and a manifest with the format version, the app's version, the time, the counts and each entry's SHA-256.
// JSZip is imported here, on demand: only the backup needs it.
import { version as APP_VERSION } from '../../../package.json';
import {
  BACKUP_FORMAT,
  countWorkspace,
  CURRENT_BACKUP_VERSION,
  importBytesPath,
  importRowsPath,
  KIND_ENTRY_PATHS,
  MANIFEST_PATH,
  type BackupManifest,
  type WorkspaceContents,
  type WorkspaceCounts,
} from './backup-format.ts';
import { sha256Hex } from './sha256.ts';

const json = (value: unknown): Uint8Array => new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);

/** The archive's files (manifest aside), by path, in a stable order. */
export function serialiseWorkspace(contents: WorkspaceContents): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  files.set(
    KIND_ENTRY_PATHS.imports,
    json(
      contents.imports.map((file, index) => ({
        file: importBytesPath(index),
        name: file.name,
        sheet: file.sheet,
        years: file.years ?? null,
        typedYear: file.typedYear ?? null,
        mode: file.mode,
        importedAt: file.importedAt,
        // null: kept without rows in hand (a large scores CSV, or a record older than the rows): read again.
        rows: file.canonical == null ? null : importRowsPath(index),
      })),
    ),
  );
  contents.imports.forEach((file, index) => {
    files.set(importBytesPath(index), file.bytes);
    if (file.canonical != null) files.set(importRowsPath(index), json(file.canonical));
  });
  files.set(KIND_ENTRY_PATHS.targets, json(contents.targets));
  files.set(KIND_ENTRY_PATHS.deck, json(contents.deck));
  files.set(KIND_ENTRY_PATHS.reportUnits, json(contents.reportUnits));
  files.set(KIND_ENTRY_PATHS.queryHistory, json(contents.queryHistory));
  return files;
}

/** The manifest of `files`: each entry's size and SHA-256, the counts, the versions and the time. */
export async function buildBackupManifest(
  files: ReadonlyMap<string, Uint8Array>,
  counts: WorkspaceCounts,
  createdAt: Date,
  appVersion: string = APP_VERSION,
): Promise<BackupManifest> {
  const entries = await Promise.all(
    [...files].map(async ([path, bytes]) => ({ path, bytes: bytes.length, sha256: await sha256Hex(bytes) })),
  );
  return {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_BACKUP_VERSION,
    appVersion,
    createdAt: createdAt.toISOString(),
    counts,
    entries,
  };
}

/** Zips `files` and their manifest (each entry dated `createdAt`). */
export async function zipBackup(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: unknown,
  createdAt: Date,
): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file(MANIFEST_PATH, json(manifest), { date: createdAt });
  for (const [path, bytes] of files) zip.file(path, bytes, { date: createdAt });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The workspace as the bytes of a .papi.zip. */
export async function writeBackupArchive(
  contents: WorkspaceContents,
  createdAt: Date = new Date(),
): Promise<Uint8Array> {
  const files = serialiseWorkspace(contents);
  const manifest = await buildBackupManifest(files, countWorkspace(contents), createdAt);
  return zipBackup(files, manifest, createdAt);
}

// A .papi.zip read back and checked whole before anything is changed: a zip, our manifest, a version this app
// knows (older ones migrated), exactly the entries the manifest lists, each with its checksum, each entry of
// the shape its kind needs, and the counts the manifest states. Any problem refuses the whole file.
import {
  BACKUP_FORMAT,
  countWorkspace,
  CURRENT_BACKUP_VERSION,
  IMPORT_BYTES_FOLDER,
  KIND_ENTRY_PATHS,
  MANIFEST_PATH,
  WORKSPACE_KINDS,
  type BackupManifest,
  type BackupProblem,
  type ManifestEntry,
  type WorkspaceContents,
} from './backup-format.ts';
import { migrateBackup, readBackupVersion } from './backup-migrations.ts';
import { parseWorkspaceEntries } from './parse-workspace-entries.ts';
import { sha256Hex } from './sha256.ts';

export type ReadBackupResult =
  | { readonly ok: true; readonly manifest: BackupManifest; readonly contents: WorkspaceContents }
  | { readonly ok: false; readonly problems: readonly BackupProblem[] };

/** An ISO timestamp as toISOString writes it (Date.parse alone takes "1" for a date). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const refuse = (...problems: BackupProblem[]): ReadBackupResult => ({ ok: false, problems });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Every file of the zip (folders aside) by path, each checked against the CRC-32 the zip records (without it, a
 * changed byte of the compressed manifest, which no SHA-256 covers, could read as another creation date); 'notZip'
 * when the bytes are not a zip, 'damagedZip' when they are one whose contents fail that check.
 */
async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array> | 'notZip' | 'damagedZip'> {
  const { default: JSZip } = await import('jszip');
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const files = new Map<string, Uint8Array>();
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
    }
    return files;
  } catch {
    // Read again without the check only to tell a damaged zip from bytes that are none.
    return JSZip.loadAsync(bytes).then(
      () => 'damagedZip' as const,
      () => 'notZip' as const,
    );
  }
}

const isEntry = (value: unknown): value is ManifestEntry =>
  isObject(value) &&
  typeof value.path === 'string' &&
  Number.isInteger(value.bytes) &&
  typeof value.sha256 === 'string' &&
  /^[0-9a-f]{64}$/.test(value.sha256);

/** The migrated manifest, or null when it lacks a field of the current layout. */
function parseManifest(raw: Readonly<Record<string, unknown>>): BackupManifest | null {
  const { formatVersion, appVersion, createdAt, counts, entries } = raw;
  if (formatVersion !== CURRENT_BACKUP_VERSION || typeof appVersion !== 'string' || appVersion === '')
    return null;
  if (typeof createdAt !== 'string' || !ISO_TIME.test(createdAt) || Number.isNaN(Date.parse(createdAt)))
    return null;
  if (!isObject(counts) || !WORKSPACE_KINDS.every((kind) => Number.isInteger(counts[kind]))) return null;
  if (!Array.isArray(entries) || !entries.every(isEntry)) return null;
  return {
    format: BACKUP_FORMAT,
    formatVersion,
    appVersion,
    createdAt,
    counts: Object.fromEntries(
      WORKSPACE_KINDS.map((kind) => [kind, counts[kind] as number]),
    ) as BackupManifest['counts'],
    entries,
  };
}

/** Entries listed but absent, files present but not listed, and files whose bytes are not the listed ones. */
async function checkEntries(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  for (const entry of manifest.entries) {
    const bytes = files.get(entry.path);
    if (bytes === undefined) problems.push({ key: 'missingEntry', entry: entry.path });
    else if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256)
      problems.push({ key: 'checksum', entry: entry.path });
  }
  for (const path of files.keys()) {
    if (!listed.has(path)) problems.push({ key: 'extraEntry', entry: path });
  }
  for (const kind of WORKSPACE_KINDS) {
    const path = KIND_ENTRY_PATHS[kind];
    if (!listed.has(path) && !files.has(path)) problems.push({ key: 'missingEntry', entry: path });
  }
  return problems;
}

/**
 * The counts the manifest states, against the parsed entries; a file under imports/ that imports.json does not
 * use (as an import's bytes or its rows) is extra.
 */
function checkContents(
  manifest: BackupManifest,
  contents: WorkspaceContents,
  files: ReadonlyMap<string, Uint8Array>,
  rowsPaths: ReadonlySet<string>,
): BackupProblem[] {
  const found = countWorkspace(contents);
  const problems: BackupProblem[] = WORKSPACE_KINDS.filter(
    (kind) => found[kind] !== manifest.counts[kind],
  ).map((kind) => ({
    key: 'badEntry',
    entry: KIND_ENTRY_PATHS[kind],
    expected: 'count',
    counts: { manifest: manifest.counts[kind], found: found[kind] },
  }));
  const used = new Set(contents.imports.map((file) => file.bytes));
  for (const [path, bytes] of files) {
    if (path.startsWith(IMPORT_BYTES_FOLDER) && !used.has(bytes) && !rowsPaths.has(path))
      problems.push({ key: 'extraEntry', entry: path });
  }
  return problems;
}

/** Reads and checks a backup; on any problem nothing is returned but the located problems. */
export async function readBackupArchive(bytes: Uint8Array): Promise<ReadBackupResult> {
  const all = await unzip(bytes);
  if (typeof all === 'string') return refuse({ key: all });
  const manifestBytes = all.get(MANIFEST_PATH);
  const rawManifest = manifestBytes === undefined ? undefined : parseJson(manifestBytes);
  if (!isObject(rawManifest) || rawManifest.format !== BACKUP_FORMAT) return refuse({ key: 'notOurs' });
  const version = readBackupVersion(rawManifest);
  if (version === null) return refuse({ key: 'badEntry', entry: MANIFEST_PATH, expected: 'manifest' });
  if (version > CURRENT_BACKUP_VERSION) {
    return refuse({ key: 'newerVersion', found: version, known: CURRENT_BACKUP_VERSION });
  }
  const files = new Map([...all].filter(([path]) => path !== MANIFEST_PATH));
  const migrated = migrateBackup({ manifest: rawManifest, files });
  const manifest = parseManifest(migrated.manifest);
  if (manifest === null) return refuse({ key: 'badEntry', entry: MANIFEST_PATH, expected: 'manifest' });
  const entryProblems = await checkEntries(manifest, migrated.files);
  if (entryProblems.length > 0) return refuse(...entryProblems);
  const parsed = parseWorkspaceEntries(migrated.files);
  if (!parsed.ok) return refuse(...parsed.problems);
  const contentProblems = checkContents(manifest, parsed.contents, migrated.files, parsed.rowsPaths);
  if (contentProblems.length > 0) return refuse(...contentProblems);
  return { ok: true, manifest, contents: parsed.contents };
}

// The workspace as a file (a .papi.zip): what it holds, where each part sits in the archive, and the
// problems a file can have, as data (the Data view turns them into words). One place for the layout, so the
// writer, the reader and the migrations agree.
import type { ProvinceTargets } from '../dimension-targets-store.ts';
import type { BriefingDeck } from '../briefing-store.ts';
import type { NewImportedFile } from '../imported-files-store.ts';
import type { HistoryEntry } from '../query-history.ts';
import type { PlanUnitLists } from '../report-units-store.ts';

/** The manifest's `format`: marks the archive as this app's workspace. */
export const BACKUP_FORMAT = 'papi-dashboard-workspace';
/** The archive layout this app writes; older ones are migrated (backup-migrations.ts), newer ones refused. */
export const CURRENT_BACKUP_VERSION = 2;
/** The backup's file name ends so, e.g. dak-nong-2026-12-03.papi.zip. */
export const BACKUP_FILE_EXTENSION = '.papi.zip';

export const MANIFEST_PATH = 'manifest.json';

/** What a workspace holds, one kind per store of this browser. */
export const WORKSPACE_KINDS = ['imports', 'targets', 'deck', 'reportUnits', 'queryHistory'] as const;
export type WorkspaceKind = (typeof WORKSPACE_KINDS)[number];

/** The JSON entry of each kind (an import's original bytes sit beside, under IMPORT_BYTES_FOLDER). */
export const KIND_ENTRY_PATHS: Readonly<Record<WorkspaceKind, string>> = {
  imports: 'imports.json',
  targets: 'targets.json',
  deck: 'deck.json',
  reportUnits: 'report-units.json',
  queryHistory: 'query-history.json',
};

export const IMPORT_BYTES_FOLDER = 'imports/';

const importNumber = (index: number): string => String(index + 1).padStart(4, '0');

/** Where the n-th kept import's original bytes go (0-based n; the file's own name is kept in imports.json). */
export const importBytesPath = (index: number): string => `${IMPORT_BYTES_FOLDER}${importNumber(index)}.bin`;

/**
 * Where the n-th kept import's checked rows go (version 2 on): its CanonicalRows as JSON, so a restored browser
 * applies them at start-up without reading the original file again.
 */
export const importRowsPath = (index: number): string =>
  `${IMPORT_BYTES_FOLDER}${importNumber(index)}.rows.json`;

/**
 * Everything this browser keeps for the user: the imports (original bytes and the choices made), the dimension
 * targets, the briefing list, the report forms' unit lists (with the imported returned forms, the received
 * reports' state) and the console's query history.
 */
export interface WorkspaceContents {
  readonly imports: readonly NewImportedFile[];
  readonly targets: readonly ProvinceTargets[];
  readonly deck: BriefingDeck;
  readonly reportUnits: readonly PlanUnitLists[];
  readonly queryHistory: readonly HistoryEntry[];
}

/** How many records of each kind (the deck: its slides). */
export type WorkspaceCounts = Readonly<Record<WorkspaceKind, number>>;

export function countWorkspace(contents: WorkspaceContents): WorkspaceCounts {
  return {
    imports: contents.imports.length,
    targets: contents.targets.length,
    deck: contents.deck.slides.length,
    reportUnits: contents.reportUnits.length,
    queryHistory: contents.queryHistory.length,
  };
}

/** One file of the archive as the manifest lists it. */
export interface ManifestEntry {
  readonly path: string;
  readonly bytes: number;
  /** SHA-256 of the entry's bytes, lowercase hex. */
  readonly sha256: string;
}

export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  /** The app's version that wrote it (package.json). */
  readonly appVersion: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  readonly counts: WorkspaceCounts;
  readonly entries: readonly ManifestEntry[];
}

/** What an entry should have been, for a located message. */
export type ExpectedShape = WorkspaceKind | 'importRows' | 'manifest' | 'count';

/** Why a file is refused; `entry` names the archive's file at fault. */
export type BackupProblem =
  | { readonly key: 'notZip' }
  | { readonly key: 'damagedZip' }
  | { readonly key: 'notOurs' }
  | { readonly key: 'newerVersion'; readonly found: number; readonly known: number }
  | { readonly key: 'missingEntry'; readonly entry: string }
  | { readonly key: 'extraEntry'; readonly entry: string }
  | { readonly key: 'checksum'; readonly entry: string }
  | {
      readonly key: 'badEntry';
      readonly entry: string;
      readonly expected: ExpectedShape;
      /** For 'count': how many the manifest says and how many the entry holds. */
      readonly counts?: { readonly manifest: number; readonly found: number };
    };

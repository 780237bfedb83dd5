// What the Data view calls for dropped files: read each (size limit, chosen sheet), apply them in
// one atomic step, and only when they applied keep their bytes and choices for the next start-up.
// Returned report forms with problems are set aside first, so one unit's mistake does not hold back
// the other units' forms (ingest/report-forms/form-batch.ts).

import type { Connector } from '../db/connector.ts';
import { applyImport } from '../ingest/apply/apply-import.ts';
import { canonicalRowsOf, collectBulkRows } from '../ingest/apply/canonical-rows.ts';
import { fetchImportContext } from '../ingest/apply/fetch-import-context.ts';
import {
  DEFAULT_IMPORT_MODE,
  type ImportMode,
  type ImportOutcome,
  type ReadImport,
} from '../ingest/apply/import-outcome.ts';
import { readImportBatch, type ReadFile } from '../ingest/apply/read-import-batch.ts';
import { startFileReading } from '../ingest/read/worker/file-reading.ts';
import {
  appliedForms,
  expandFormWorkbooks,
  splitFormBatch,
  type BatchPart,
  type FormBatchOutcome,
} from '../ingest/report-forms/form-batch.ts';
import type { ImportKind } from '../ingest/read/recognise-kind.ts';
import type { NewImportedFile } from '../storage/imported-files-store.ts';
import type { StorageResult } from '../storage/indexed-db.ts';

/** A dropped file and the user's choices for it. */
export interface FileToImport {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The browser's file the bytes came from: the file-reading worker reads it without a copy. */
  readonly source?: Blob;
  readonly sheet?: string | null;
  /** An official workbook: the years to read together, or the year typed for a workbook whose names hold none. */
  readonly years?: readonly number[] | null;
  readonly typedYear?: number | null;
  readonly mode?: ImportMode;
}

/** Where kept files go (imported-files-store's addImportedFiles, or a fake in tests). */
export type KeepImportedFiles = (files: readonly NewImportedFile[]) => Promise<StorageResult<number>>;

/** Choices that apply to a whole batch of files. */
export interface ImportBatchChoice {
  /**
   * Returned report forms apply only if every one of them reads cleanly; by default a refused form is set
   * aside and the others apply (474/KH-UBND's agencies report one by one, and one mistake should not hold back
   * the rest).
   */
  readonly formsAllOrNothing?: boolean;
}

/** The stage an import is in, for its progress bar (reading the bytes is the caller's, before it calls). */
export type ImportStage = 'reading' | 'checking' | 'applying';

/** How the files are read (the file-reading worker in the page), who hears of each stage, and a cancel. */
export interface ImportProgress {
  /** How each file is read: a file-reading worker's `read` (the Data view's, which it cancels); else the import starts its own. */
  readonly readFile?: ReadFile;
  readonly onStage?: (stage: ImportStage) => void;
  /** Once aborted, nothing more is applied (a read already cancelled rejects, which lands here too). */
  readonly signal?: AbortSignal;
  /** The files applied and are being kept: the views may show the new data now (keeping takes ~0.3 s for 2 MB). */
  readonly onApplied?: () => void;
}

/** The import's outcome, and whether its files were kept (null when nothing was applied, so nothing to keep). */
export interface ImportAndKeepResult {
  readonly outcome: ImportOutcome;
  readonly kept: StorageResult<number> | null;
  /** The report forms of the batch: which applied (unit, period) and which were set aside with their problems. */
  readonly forms?: FormBatchOutcome;
}

/** Reads, applies and keeps `files`; never rejects. */
export async function importAndKeep(
  conn: Connector,
  files: readonly FileToImport[],
  keep: KeepImportedFiles,
  now: () => Date = () => new Date(),
  choice: ImportBatchChoice = {},
  progress: ImportProgress = {},
): Promise<ImportAndKeepResult> {
  const reader = fileReaderFor(progress.readFile);
  try {
    return await readApplyAndKeep(conn, files, keep, now, choice, {
      ...progress,
      readFile: reader.readFile,
      doneReading: reader.close,
    });
  } finally {
    reader.close();
  }
}

/**
 * The given reader, else a file-reading worker of the import's own (the page never loads the readers itself), ended
 * once the files are read: a workbook's parsed sheets are not held while the rows apply.
 */
function fileReaderFor(given: ReadFile | undefined): {
  readonly readFile: ReadFile;
  readonly close: () => void;
} {
  if (given !== undefined) return { readFile: given, close: () => undefined };
  const reading = startFileReading();
  return { readFile: reading.read, close: reading.close };
}

async function readApplyAndKeep(
  conn: Connector,
  files: readonly FileToImport[],
  keep: KeepImportedFiles,
  now: () => Date,
  choice: ImportBatchChoice,
  progress: ImportProgress & { readonly readFile: ReadFile; readonly doneReading: () => void },
): Promise<ImportAndKeepResult> {
  const allModes = files.map((file) => file.mode ?? DEFAULT_IMPORT_MODE);
  let outcome: ImportOutcome;
  let parts: BatchPart[] = [];
  let applying: BatchPart[] = [];
  // The rows DuckDB read from each large scores file, kept as canonical rows like every other file's.
  let bulkRows: ReadonlyMap<ReadImport, string> = new Map();
  let forms: FormBatchOutcome = { applied: [], refused: [] };
  let sheetsRead: (string | null)[] = [];
  let kindsRead: (ImportKind | null)[] = [];
  try {
    progress.onStage?.('checking');
    const reads = await readImportBatch(files, await fetchImportContext(conn), progress.readFile);
    progress.doneReading();
    sheetsRead = reads.map((read) => read.result.sheet);
    kindsRead = reads.map((read) => read.result.kind);
    // A workbook of several forms applies sheet by sheet, like so many files.
    parts = expandFormWorkbooks(reads);
    const split = splitFormBatch(parts.map((part) => part.read));
    if (choice.formsAllOrNothing === true && split.refused.length > 0) {
      // Nothing applies: the refused forms carry their located problems.
      const refusedAll: ImportOutcome = {
        ok: false,
        reason: 'problems',
        files: [],
        problems: [],
        error: null,
      };
      return { outcome: refusedAll, kept: null, forms: { applied: [], refused: split.refused } };
    }
    applying = split.apply.flatMap((index) => parts[index] ?? []);
    const toApply = applying.map((part) => part.read);
    const modes = applying.map((part) => allModes[part.fileIndex] ?? DEFAULT_IMPORT_MODE);
    // Cancelled while checking: stop before anything is applied.
    progress.signal?.throwIfAborted();
    progress.onStage?.('applying');
    const bulk = collectBulkRows(toApply);
    bulkRows = bulk.rows;
    outcome = await applyImport(conn, toApply, { modes, now, onBulkRows: bulk.onBulkRows });
    forms = { applied: outcome.ok ? appliedForms(toApply) : [], refused: split.refused };
  } catch (error) {
    // fetchImportContext (the engine is gone), a cancelled read or a file-reading worker that could not start or
    // stopped (its chunk missing offline) gets here; the others never reject.
    const message = error instanceof Error ? error.message : String(error);
    return {
      outcome: { ok: false, reason: 'database', files: [], problems: [], error: message },
      kept: null,
    };
  }
  if (!outcome.ok) return { outcome, kept: null, forms };
  progress.onApplied?.();
  const importedAt = now().toISOString();
  // A file is kept once when all of it applied; a workbook of several forms only partly applied is kept
  // once per sheet that did, each read alone at start-up (its sheet as the file's chosen sheet).
  const toKeep = files.flatMap((file, index) => {
    const applied = applying.filter((part) => part.fileIndex === index);
    if (applied.length === 0) return [];
    const whole = applied.length === parts.filter((part) => part.fileIndex === index).length;
    const mode = allModes[index] ?? DEFAULT_IMPORT_MODE;
    const kept = whole
      ? [{ sheet: file.sheet ?? sheetsRead[index] ?? null, reads: applied.map((part) => part.read) }]
      : applied.map((part) => ({ sheet: part.sheet, reads: [part.read] }));
    return kept.map(({ sheet, reads }) => ({
      kind: kindsRead[index] ?? null,
      file: {
        name: file.name,
        bytes: file.bytes,
        // Kept from the browser's file when there is one: no copy of the bytes on the page's thread.
        ...(file.source === undefined ? {} : { source: file.source }),
        // The sheet actually read, so a start-up that reads the bytes again reads the same one.
        sheet,
        years: file.years ?? null,
        typedYear: file.typedYear ?? null,
        mode,
        importedAt,
        // The rows as checked: a start-up applies them without reading the file again.
        canonical: canonicalRowsOf(reads, mode, bulkRows),
      },
    }));
  });
  // Start-up re-applies kept files one by one in order: plan files go first, so the progress rows
  // that name their tasks find them (files of different tables do not depend on each other's order).
  const planFirst = [
    ...toKeep.filter(({ kind }) => kind === 'plan_tasks'),
    ...toKeep.filter(({ kind }) => kind !== 'plan_tasks'),
  ].map(({ file }) => file);
  const kept = await keep(planFirst);
  return { outcome, kept, forms };
}

// On start-up, over freshly loaded bundled data: re-apply the stored files in import order. A file kept with
// its checked rows (ingest/apply/canonical-rows.ts) merges them as they are, with no reading or checking; an
// older record, or one whose rows this version cannot use, is read again from its bytes, and the rows it gave
// are kept with it (keepRows), so it is read once, not at every start. Each file is applied
// on its own (merging in order gives the same tables as the original batches), so one file that no longer
// applies does not hold back the others; the report names it.

import {
  canonicalRead,
  canonicalRowsOf,
  collectBulkRows,
  usableCanonicalRows,
} from '../ingest/apply/canonical-rows.ts';
import type { CanonicalRows } from '../ingest/apply/canonical-rows-format.ts';
import type { ImportChoices, ImportOutcome, ReadImport } from '../ingest/apply/import-outcome.ts';
import type { ImportResult } from '../ingest/read/read-import-file.ts';
import type { StoredImportFile } from '../storage/imported-files-store.ts';
import type { StorageFailureReason, StorageResult } from '../storage/indexed-db.ts';

/** What reapplying needs: the store's list, the reader and applyImport, bound to the app's engine. */
export interface ReapplyInputs {
  readonly listImportedFiles: () => Promise<StorageResult<readonly StoredImportFile[]>>;
  readonly readFile: (file: StoredImportFile) => Promise<ImportResult>;
  readonly applyImport: (reads: readonly ReadImport[], choices: ImportChoices) => Promise<ImportOutcome>;
  /** Keeps the rows of a file read again from its bytes (a failure only means it is read again next time). */
  readonly keepRows?: (file: StoredImportFile, rows: CanonicalRows) => Promise<unknown>;
}

/** A stored file that did not apply again, and why (its outcome holds the problems or the engine error). */
export interface ReapplyFailure {
  readonly file: StoredImportFile;
  readonly outcome: Extract<ImportOutcome, { ok: false }>;
}

export type ReapplyReport =
  | {
      readonly ok: true;
      readonly applied: readonly StoredImportFile[];
      readonly failed: readonly ReapplyFailure[];
      /** How many files were read again from their bytes (the others merged their kept rows). */
      readonly reread: number;
    }
  | { readonly ok: false; readonly reason: StorageFailureReason; readonly error: string };

/** Re-applies every stored file in order; never rejects. */
export async function reapplyImports(inputs: ReapplyInputs): Promise<ReapplyReport> {
  const stored = await inputs.listImportedFiles();
  if (!stored.ok) return stored;
  const applied: StoredImportFile[] = [];
  const failed: ReapplyFailure[] = [];
  let reread = 0;
  const applyAlone = async (
    file: StoredImportFile,
    read: () => Promise<ReadImport>,
    onBulkRows?: ImportChoices['onBulkRows'],
  ) => {
    const outcome = await readAndApply(inputs, [file], read, onBulkRows);
    if (outcome.ok) applied.push(file);
    else failed.push({ file, outcome });
    return outcome.ok;
  };
  for (const run of runsOfKeptRows(stored.value)) {
    if (run.kind === 'bytes') {
      reread += 1;
      const readAgain: ReadImport[] = [];
      const bulk = collectBulkRows(readAgain);
      const ok = await applyAlone(
        run.file,
        async () => {
          const read = await readBytes(inputs, run.file);
          readAgain.push(read);
          return read;
        },
        bulk.onBulkRows,
      );
      const rows = ok ? canonicalRowsOf(readAgain, run.file.mode, bulk.rows) : null;
      if (rows !== null) await keepRowsQuietly(inputs, run.file, rows);
      continue;
    }
    // Files kept with their rows merge together, in order, in one step (one rebuild of the derived tables);
    // if that step fails, each is applied alone so that the report names the one that no longer applies.
    const files = run.kept.map(({ file }) => file);
    const reads = run.kept.map(({ file, rows }) => canonicalRead(file.name, rows));
    const together = await readAndApply(inputs, files, () => Promise.resolve(reads));
    if (together.ok) {
      applied.push(...files);
      continue;
    }
    for (const [index, file] of files.entries()) {
      const read = reads[index];
      if (read !== undefined) await applyAlone(file, () => Promise.resolve(read));
    }
  }
  return { ok: true, applied, failed, reread };
}

type KeptRun =
  | { readonly kind: 'bytes'; readonly file: StoredImportFile }
  | { readonly kind: 'rows'; readonly kept: readonly { file: StoredImportFile; rows: CanonicalRows }[] };

/** The stored files in order: each run of files kept with usable rows together, each other file alone. */
function runsOfKeptRows(files: readonly StoredImportFile[]): KeptRun[] {
  const runs: KeptRun[] = [];
  for (const file of files) {
    const rows = usableCanonicalRows(file.canonical);
    const last = runs[runs.length - 1];
    if (rows === null) runs.push({ kind: 'bytes', file });
    else if (last?.kind === 'rows')
      runs[runs.length - 1] = { kind: 'rows', kept: [...last.kept, { file, rows }] };
    else runs.push({ kind: 'rows', kept: [{ file, rows }] });
  }
  return runs;
}

async function keepRowsQuietly(
  inputs: ReapplyInputs,
  file: StoredImportFile,
  rows: CanonicalRows,
): Promise<void> {
  try {
    await inputs.keepRows?.(file, rows);
  } catch {
    // Not kept: the file is read from its bytes again at the next start, as it was at this one.
  }
}

const readBytes = async (inputs: ReapplyInputs, file: StoredImportFile): Promise<ReadImport> => ({
  name: file.name,
  result: await inputs.readFile(file),
});

async function readAndApply(
  inputs: ReapplyInputs,
  files: readonly StoredImportFile[],
  read: () => Promise<ReadImport | readonly ReadImport[]>,
  onBulkRows?: ImportChoices['onBulkRows'],
): Promise<ImportOutcome> {
  try {
    const reads = [await read()].flat();
    const modes = files.map((file) => file.mode);
    return await inputs.applyImport(reads, onBulkRows === undefined ? { modes } : { modes, onBulkRows });
  } catch (error) {
    // The inputs are meant never to reject; if one does, the file is reported, not the start-up broken.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'database', files: [], problems: [], error: message };
  }
}

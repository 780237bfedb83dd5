// On start-up, over freshly loaded bundled data: re-read and re-apply the stored files in import
// order. Each file is applied on its own (merging in order gives the same tables as the original
// batches), so one file that no longer applies does not hold back the others; the report names it.

import type { ImportChoices, ImportOutcome, ReadImport } from '../ingest/apply/import-outcome';
import type { ImportResult } from '../ingest/read/read-import-file';
import type { StoredImportFile } from '../storage/imported-files-store';
import type { StorageFailureReason, StorageResult } from '../storage/indexed-db';

/** What reapplying needs: the store's list, the reader and applyImport, bound to the app's engine. */
export interface ReapplyInputs {
  readonly listImportedFiles: () => Promise<StorageResult<readonly StoredImportFile[]>>;
  readonly readFile: (file: StoredImportFile) => Promise<ImportResult>;
  readonly applyImport: (reads: readonly ReadImport[], choices: ImportChoices) => Promise<ImportOutcome>;
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
    }
  | { readonly ok: false; readonly reason: StorageFailureReason; readonly error: string };

/** Re-applies every stored file in order; never rejects. */
export async function reapplyImports(inputs: ReapplyInputs): Promise<ReapplyReport> {
  const stored = await inputs.listImportedFiles();
  if (!stored.ok) return stored;
  const applied: StoredImportFile[] = [];
  const failed: ReapplyFailure[] = [];
  for (const file of stored.value) {
    const outcome = await readAndApply(inputs, file);
    if (outcome.ok) applied.push(file);
    else failed.push({ file, outcome });
  }
  return { ok: true, applied, failed };
}

async function readAndApply(inputs: ReapplyInputs, file: StoredImportFile): Promise<ImportOutcome> {
  try {
    const result = await inputs.readFile(file);
    return await inputs.applyImport([{ name: file.name, result }], { modes: [file.mode] });
  } catch (error) {
    // The inputs are meant never to reject; if one does, the file is reported, not the start-up broken.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'database', files: [], problems: [], error: message };
  }
}

// The start-up call: reapplyImports bound to IndexedDB, the reader and applyImport on `conn`.

import type { Connector } from '../db/connector.ts';
import { applyImport } from '../ingest/apply/apply-import.ts';
import { fetchImportContext } from '../ingest/apply/fetch-import-context.ts';
import { withFileChoices } from '../ingest/apply/read-import-batch.ts';
import { heldFileOf } from '../ingest/read/held-file.ts';
import type { ImportResult } from '../ingest/read/read-import-file.ts';
import { startFileReading, type ReadHeldFile } from '../ingest/read/worker/file-reading.ts';
import {
  keepImportedFileRows,
  listImportedFiles,
  type StoredImportFile,
} from '../storage/imported-files-store.ts';
import { reapplyImports, type ReapplyReport } from './reapply-imports.ts';

/**
 * Reads a kept file again as its import did (a record kept without its checked rows), with `read`: the
 * file-reading worker at start-up, which reads the kept browser file itself, so the page never reads its bytes.
 */
export async function readStoredFile(
  conn: Connector,
  file: StoredImportFile,
  read: ReadHeldFile,
): Promise<ImportResult> {
  // Fetched per file: a plan file re-applied before makes its task ids known to the progress after it.
  const context = await fetchImportContext(conn);
  return read(heldFileOf(file), withFileChoices(context, file));
}

/**
 * Re-applies the files kept in this browser over the data loaded in `conn` (call after the bundled load); the start
 * calls it through reapplyKeptImports, which loads it only when a file is kept.
 */
export async function reapplyStoredImports(conn: Connector): Promise<ReapplyReport> {
  // Files kept without their rows (older records, a big scores CSV) are read again off the page's thread.
  const reading = startFileReading();
  const report = await reapplyImports({
    listImportedFiles,
    readFile: (file) => readStoredFile(conn, file, reading.read),
    applyImport: (reads, choices) => applyImport(conn, reads, choices),
    keepRows: (file, rows) => keepImportedFileRows(file.id, rows),
  }).finally(() => reading.close());
  return report;
}

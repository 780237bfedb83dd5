// The start-up call: reapplyImports bound to IndexedDB, the reader and applyImport on `conn`.

import type { Connector } from '../db/connector';
import { applyImport } from '../ingest/apply/apply-import';
import { fetchImportContext } from '../ingest/apply/fetch-import-context';
import { withFileChoices } from '../ingest/apply/read-import-batch';
import { readImportFile } from '../ingest/read/read-import-file';
import { listImportedFiles } from '../storage/imported-files-store';
import { reapplyImports, type ReapplyReport } from './reapply-imports';

/** Re-applies the files kept in this browser over the data loaded in `conn` (call after the bundled load). */
export async function reapplyStoredImports(conn: Connector): Promise<ReapplyReport> {
  return reapplyImports({
    listImportedFiles,
    readFile: async (file) => {
      // Fetched per file: a plan file re-applied before makes its task ids known to the progress after it.
      const context = await fetchImportContext(conn);
      return readImportFile({ name: file.name, bytes: file.bytes }, withFileChoices(context, file));
    },
    applyImport: (reads, choices) => applyImport(conn, reads, choices),
  });
}

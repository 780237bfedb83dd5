// The start-up's re-apply of the imports kept in this browser. The start loads the readers and the merge
// (reapply-stored-imports.ts and what it imports: papaparse, the checks, the workbook readers) only when a file is
// kept: most starts keep none, and a phone then does not evaluate them while it draws the first screen (they load
// once the start is done, in idle time: database-start.ts).

import type { Connector } from '../db/connector.ts';
import { countImportedFiles } from '../storage/imported-files-store.ts';
import type { ReapplyReport } from './reapply-imports.ts';

/** The performance mark a start-up's re-apply leaves, its detail saying how many files were read again. */
export const REAPPLY_MARK = 'papi-reapply-imports';

const NOTHING_KEPT: ReapplyReport = { ok: true, applied: [], failed: [], reread: 0 };

/** Re-applies the files kept in this browser over the data loaded in `conn` (call after the bundled load). */
export async function reapplyKeptImports(conn: Connector): Promise<ReapplyReport> {
  const kept = await countImportedFiles();
  // A store that cannot be read is reported by the re-apply itself, with its reason.
  const report =
    kept.ok && kept.value === 0
      ? NOTHING_KEPT
      : await (await import('./reapply-stored-imports.ts')).reapplyStoredImports(conn);
  // For the browser tests and the start-up measurements: whether the kept rows were used.
  if (report.ok) {
    performance.mark(REAPPLY_MARK, {
      detail: { files: report.applied.length + report.failed.length, reread: report.reread },
    });
  }
  return report;
}

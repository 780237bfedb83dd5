// Per-file counts of an import: zero to start with, and what a refused import reports.

import type { ImportProblem } from '../read/import-problem.ts';
import { TABLE_OF_KIND } from '../read/to-canonical-csv.ts';
import {
  DEFAULT_IMPORT_MODE,
  type FileOutcome,
  type ImportFailureReason,
  type ImportMode,
  type ImportOutcome,
  type ReadImport,
} from './import-outcome.ts';

/** A file's outcome before anything is merged. */
export const emptyOutcome = ({ name, result }: ReadImport, mode: ImportMode): FileOutcome => ({
  name,
  kind: result.kind,
  table: result.kind === null ? null : TABLE_OF_KIND[result.kind],
  mode,
  added: 0,
  replaced: 0,
  rejected: 0,
  ...(result.official === undefined ? {} : { official: result.official }),
});

/** Nothing imported: every row read is rejected, plus each row the reader found a problem in. */
export function refusedOutcome(
  reads: readonly ReadImport[],
  modes: readonly ImportMode[],
  reason: ImportFailureReason,
  error: string | null,
): ImportOutcome {
  const files = reads.map((read, index) => {
    const problemRows = new Set(read.result.problems.flatMap((problem) => problem.row ?? []));
    const rejected = read.result.rows.length + problemRows.size;
    return { ...emptyOutcome(read, modes[index] ?? DEFAULT_IMPORT_MODE), rejected };
  });
  const problems: ImportProblem[] = reads.flatMap((read) => read.result.problems);
  return { ok: false, reason, files, problems, error };
}

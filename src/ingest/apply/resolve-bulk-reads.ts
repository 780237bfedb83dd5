// Before an import applies, each large scores file left for DuckDB is either staged (every check passed)
// or read row by row after all, so that its problems are located like any other file's.

import type { Connector } from '../../db/connector.ts';
import { readHeldTextFile } from '../read/read-text-file.ts';
import type { ReadImport } from './import-outcome.ts';
import { stageBulkScores } from './stage-bulk-scores.ts';

export interface ResolvedReads {
  readonly reads: readonly ReadImport[];
  /** File position → the table holding its staged rows. */
  readonly staged: ReadonlyMap<number, string>;
}

/** Stages or re-reads every bulk file; never throws. */
export async function resolveBulkReads(
  conn: Connector,
  reads: readonly ReadImport[],
): Promise<ResolvedReads> {
  const resolved = [...reads];
  const staged = new Map<number, string>();
  for (const [index, read] of reads.entries()) {
    const bulk = read.result.kind === 'scores_long' ? read.result.bulk : undefined;
    if (bulk === undefined) continue;
    const staging = await stageBulkScores(conn, bulk, index);
    if (staging.staged) {
      staged.set(index, staging.table);
    } else {
      // A bulk file is delimited text: read as readImportFile reads it, without the workbook readers on the page.
      const result = await readHeldTextFile(bulk.file, bulk.context);
      resolved[index] = { ...read, result };
    }
  }
  return { reads: resolved, staged };
}

/** Positions of the files that took the bulk path (their scratch tables are dropped after the import). */
export const bulkPositions = (reads: readonly ReadImport[]): number[] =>
  reads.flatMap((read, index) =>
    read.result.kind === 'scores_long' && read.result.bulk !== undefined ? [index] : [],
  );

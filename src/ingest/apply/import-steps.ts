// Which table each read file writes, as canonical CSV, and the `datasets.source` a merge records.

import type { ImportResult } from '../read/read-import-file';
import { toCanonicalCsv, toPlansCsv } from '../read/to-canonical-csv';
import type { ImportMode, ReadImport } from './import-outcome';
import type { MergedTable } from './merge-sql';

/** Rows of one file for one table; `counted` is false for the plans row a plan file implies. */
export interface ImportStep {
  readonly fileIndex: number;
  readonly table: MergedTable;
  readonly csv: string;
  readonly mode: ImportMode;
  readonly counted: boolean;
}

type ReadRows = Exclude<ImportResult, { kind: null }>;

const isRead = (result: ImportResult): result is ReadRows => result.kind !== null;

/** The steps of every file, in file order (a plan file: its tasks, then its plans row). */
export function planImportSteps(reads: readonly ReadImport[], modes: readonly ImportMode[]): ImportStep[] {
  return reads.flatMap(({ name, result }, fileIndex): ImportStep[] => {
    if (!isRead(result)) return [];
    const mode = modes[fileIndex] ?? 'replace-overlapping';
    const csv = toCanonicalCsv(result);
    if (result.kind === 'task_progress')
      return [{ fileIndex, table: 'task_progress', csv, mode, counted: true }];
    if (result.kind === 'plan_tasks') {
      const plans = toPlansCsv(result.rows, name);
      return [
        { fileIndex, table: 'plan_tasks', csv, mode, counted: true },
        { fileIndex, table: 'plans', csv: plans, mode, counted: false },
      ];
    }
    return [{ fileIndex, table: 'score_rows', csv, mode, counted: true }];
  });
}

const SOURCE_SEPARATOR = '; ';

/** The table's new source: the file names after the kept source (none when the table was replaced whole), each once. */
export function mergedSource(previous: string | null, fileNames: readonly string[]): string {
  const parts = [...(previous === null ? [] : previous.split(SOURCE_SEPARATOR)), ...fileNames];
  return [...new Set(parts.filter((part) => part !== ''))].join(SOURCE_SEPARATOR);
}

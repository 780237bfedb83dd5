// What an import checked, kept so that start-up applies it again without re-reading the file: per table, the
// rows exactly as they went into it (the canonical CSV every import merges), in the order they were merged.
// A start-up trusts these rows after a version check only; a record from an older app re-reads its bytes.

import { CSV_COLUMNS } from '../../db/tables.ts';
import { CANONICAL_ROWS_VERSION, type CanonicalRows } from './canonical-rows-format.ts';
import type { ImportMode, ReadImport } from './import-outcome.ts';
import { planImportSteps } from './import-steps.ts';

/**
 * The rows of `reads` (the parts of one kept file) as merged, or null when some rows are not in hand: a large
 * scores CSV is read by DuckDB at apply time, and its rows are in hand only as the canonical CSV DuckDB made of
 * them (`bulkRows`, by read, from applyImport's onBulkRows); without it the file is read again at each start.
 */
export function canonicalRowsOf(
  reads: readonly ReadImport[],
  mode: ImportMode,
  bulkRows: ReadonlyMap<ReadImport, string> = new Map(),
): CanonicalRows | null {
  const kind = reads[0]?.result.kind ?? null;
  if (kind === null) return null;
  const [only] = reads;
  const bulkCsv = reads.length === 1 && only !== undefined ? bulkRows.get(only) : undefined;
  if (bulkCsv !== undefined) {
    return {
      version: CANONICAL_ROWS_VERSION,
      kind,
      steps: [{ table: 'score_rows', csv: bulkCsv, counted: true }],
    };
  }
  const inHand = reads.every(
    ({ result }) => result.kind === kind && !(result.kind === 'scores_long' && result.bulk !== undefined),
  );
  if (!inHand) return null;
  const steps = planImportSteps(
    reads,
    reads.map(() => mode),
  ).map(({ table, csv, counted, clearsPlans }) => ({
    table,
    csv,
    counted,
    ...(clearsPlans === undefined ? {} : { clearsPlans }),
  }));
  return { version: CANONICAL_ROWS_VERSION, kind, steps };
}

/** applyImport's onBulkRows for `reads`, collecting each large scores file's rows by its read, for canonicalRowsOf. */
export function collectBulkRows(reads: readonly ReadImport[]): {
  readonly rows: ReadonlyMap<ReadImport, string>;
  readonly onBulkRows: (index: number, csv: string) => void;
} {
  const rows = new Map<ReadImport, string>();
  const onBulkRows = (index: number, csv: string): void => {
    const read = reads[index];
    if (read !== undefined) rows.set(read, csv);
  };
  return { rows, onBulkRows };
}

const headerOf = (csv: string): string => csv.slice(0, csv.indexOf('\n'));

/** The kept rows when this app can apply them as they are (same version, each table's columns unchanged), else null. */
export function usableCanonicalRows(kept: CanonicalRows | null | undefined): CanonicalRows | null {
  if (kept == null || kept.version !== CANONICAL_ROWS_VERSION) return null;
  const current = kept.steps.every(
    (step) => headerOf(step.csv) === CSV_COLUMNS[step.table].map(([name]) => name).join(','),
  );
  return current ? kept : null;
}

/** A kept import as a read file for applyImport: no rows read, its canonical rows merged as they are. */
export const canonicalRead = (name: string, canonical: CanonicalRows): ReadImport => ({
  name,
  result: { kind: canonical.kind, rows: [], sheet: null, sheets: [], problems: [] },
  canonical,
});

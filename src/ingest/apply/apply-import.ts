// Merges the rows of one or more read files into the loaded tables in one atomic step: each table
// is copied to staging, every file is merged into the copies in order (counting what it adds and
// replaces), and only then are the copies swapped in with the derived tables, in one transaction.
// Any failure leaves the loaded data as it was; nothing is thrown past this function.

import { everyDerivedObjectBuilt, recordDerivedObjectsBuilt } from '../../db/derived-objects-built.ts';
import { makeWritable } from '../../db/engine-writable.ts';
import { existingObjectNames } from '../../db/existing-objects.ts';
import { DERIVED_OBJECT_NAMES } from '../../db/schema.sql.ts';
import type { Connector } from '../../db/connector.ts';
import { sql, sqlIdentifier } from '../../db/sql.ts';
import { DATASETS_TABLE } from '../../db/tables.ts';
import { emptyOutcome, refusedOutcome } from './file-outcomes.ts';
import {
  DEFAULT_IMPORT_MODE,
  type FileOutcome,
  type ImportChoices,
  type ImportMode,
  type ImportOutcome,
  type ReadImport,
} from './import-outcome.ts';
import { mergedSource, planImportSteps, type ImportStep } from './import-steps.ts';
import { bulkPositions, resolveBulkReads } from './resolve-bulk-reads.ts';
import { stagedCanonicalCsvSql } from './bulk-scores-sql.ts';
import { dropBulkScores } from './stage-bulk-scores.ts';
import {
  countOverlapSql,
  createIncomingFromStagedSql,
  createIncomingTableSql,
  createMergeDatasetsSql,
  clearPlanGoalsSql,
  createChangedYearsSql,
  createMergeTableSql,
  dropMergeTablesSql,
  incomingFileName,
  mergeIncomingSql,
  recordChangedYearsSql,
  someYearUnchangedSql,
  swapInMergedSql,
  type MergedTable,
} from './merge-sql.ts';

interface DatasetRow {
  name: string;
  source: string | null;
  is_sample: boolean;
}

// Imports on one engine run one after another: two drops in quick succession must not share the
// staging tables, and the second must merge into what the first swapped in.
const lastImportOf = new WeakMap<Connector, Promise<unknown>>();

/** Applies the read files (modes by position, default replace-overlapping) whole or not at all; never rejects. */
export function applyImport(
  conn: Connector,
  reads: readonly ReadImport[],
  choices: ImportChoices = {},
): Promise<ImportOutcome> {
  // applyNow never rejects; should it, the import after it still runs.
  const previous = (lastImportOf.get(conn) ?? Promise.resolve()).catch(() => undefined);
  const run = previous.then(() => applyNow(conn, reads, choices));
  lastImportOf.set(conn, run);
  return run;
}

async function applyNow(
  conn: Connector,
  given: readonly ReadImport[],
  choices: ImportChoices,
): Promise<ImportOutcome> {
  const bulk = bulkPositions(given);
  try {
    try {
      await makeWritable(conn);
    } catch (error) {
      const modes = given.map((_, index) => choices.modes?.[index] ?? DEFAULT_IMPORT_MODE);
      return refusedOutcome(given, modes, 'database', error instanceof Error ? error.message : String(error));
    }
    const { reads, staged } = await resolveBulkReads(conn, given);
    const outcome = await applyResolved(conn, reads, staged, choices);
    if (outcome.ok && choices.onBulkRows !== undefined) await tellBulkRows(conn, staged, choices.onBulkRows);
    return outcome;
  } finally {
    for (const index of bulk) await dropBulkScores(conn, index);
  }
}

async function applyResolved(
  conn: Connector,
  reads: readonly ReadImport[],
  staged: ReadonlyMap<number, string>,
  choices: ImportChoices,
): Promise<ImportOutcome> {
  const modes = reads.map((_, index) => choices.modes?.[index] ?? DEFAULT_IMPORT_MODE);
  if (reads.some(({ result }) => result.kind === null || result.problems.length > 0)) {
    return refusedOutcome(reads, modes, 'problems', null);
  }
  if (reads.length === 0) return { ok: true, files: [], replacedSample: false };
  let steps: ImportStep[] = [];
  let tables: MergedTable[] = [];
  try {
    steps = planImportSteps(reads, modes, staged);
    tables = [...new Set(steps.map((step) => step.table))];
    const datasets = await conn.query<DatasetRow>(
      sql`SELECT name, source, is_sample FROM ${sqlIdentifier(DATASETS_TABLE)}`,
    );
    const replacedSample =
      tables.includes('task_progress') &&
      datasets.some((row) => row.name === 'task_progress' && row.is_sample);
    const files = await mergeIntoStaging(conn, reads, modes, steps, replacedSample);
    const sources = tables.map((table) => {
      const previous = table === 'task_progress' && replacedSample ? null : sourceOf(datasets, table);
      const names = steps
        .filter((step) => step.table === table)
        .map((step) => reads[step.fileIndex]?.name ?? '');
      return { table, source: mergedSource(previous, names) };
    });
    const loadedAt = (choices.now ?? (() => new Date()))().toISOString();
    await conn.query(createMergeDatasetsSql(sources, loadedAt));
    await swapIn(conn, tables);
    return { ok: true, files, replacedSample };
  } catch (error) {
    return refusedOutcome(reads, modes, 'database', error instanceof Error ? error.message : String(error));
  } finally {
    await dropStaging(conn, tables, steps);
  }
}

/** Hands on each staged file's rows as canonical CSV; a failure only means the file is read again at the next start. */
async function tellBulkRows(
  conn: Connector,
  staged: ReadonlyMap<number, string>,
  onBulkRows: NonNullable<ImportChoices['onBulkRows']>,
): Promise<void> {
  for (const [index, table] of staged) {
    try {
      const [row] = await conn.query<{ csv: string }>(stagedCanonicalCsvSql(table));
      if (row !== undefined) onBulkRows(index, row.csv);
    } catch {
      // Not kept as rows: the start-up reads the kept file through DuckDB again, as before.
    }
  }
}

const sourceOf = (datasets: readonly DatasetRow[], table: MergedTable): string | null =>
  datasets.find((row) => row.name === table)?.source ?? null;

// Every file merges into the staging copies in order, so a later file sees the earlier ones' rows.
async function mergeIntoStaging(
  conn: Connector,
  reads: readonly ReadImport[],
  modes: readonly ImportMode[],
  steps: readonly ImportStep[],
  replacedSample: boolean,
): Promise<FileOutcome[]> {
  const files = reads.map((read, index) => emptyOutcome(read, modes[index] ?? DEFAULT_IMPORT_MODE));
  for (const table of new Set(steps.map((step) => step.table))) {
    await conn.query(createMergeTableSql(table, table === 'task_progress' && replacedSample));
    if (table === 'score_rows') await conn.query(createChangedYearsSql());
  }
  for (const [index, step] of steps.entries()) {
    if (
      step.clearsPlans !== undefined &&
      step.clearsPlans.length > 0 &&
      step.mode === 'replace-overlapping'
    ) {
      await conn.query(clearPlanGoalsSql(step.clearsPlans));
    }
    if (step.stagedTable === null) {
      await conn.registerFileText(incomingFileName(step.table, index), step.csv);
      await conn.query(createIncomingTableSql(step.table, incomingFileName(step.table, index)));
    } else {
      await conn.query(createIncomingFromStagedSql(step.table, step.stagedTable));
    }
    const [counts] = await conn.query<{ total: number; overlapping: number }>(countOverlapSql(step.table));
    const replaceOverlapping = step.mode === 'replace-overlapping';
    await conn.query(mergeIncomingSql(step.table, replaceOverlapping));
    if (step.table === 'score_rows') await conn.query(recordChangedYearsSql());
    const file = files[step.fileIndex];
    if (!step.counted || counts === undefined || file === undefined) continue;
    files[step.fileIndex] = {
      ...file,
      added: file.added + counts.total - counts.overlapping,
      replaced: file.replaced + (replaceOverlapping ? counts.overlapping : 0),
      rejected: file.rejected + (replaceOverlapping ? 0 : counts.overlapping),
    };
  }
  return files;
}

async function swapIn(conn: Connector, tables: readonly MergedTable[]): Promise<void> {
  try {
    const existing = everyDerivedObjectBuilt(conn) ? DERIVED_OBJECT_NAMES : await existingObjectNames(conn);
    await conn.query(swapInMergedSql(tables, existing, await rebuildsByYear(conn, tables)));
    recordDerivedObjectsBuilt(conn, true);
  } catch (error) {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}

/** Score rows merged in some years only: the derived tables that follow them are rebuilt for those years. */
async function rebuildsByYear(conn: Connector, tables: readonly MergedTable[]): Promise<boolean> {
  if (!tables.includes('score_rows')) return false;
  const [answer] = await conn.query<{ some_unchanged: boolean }>(someYearUnchangedSql());
  return answer?.some_unchanged !== false;
}

// Cleanup never turns a committed import into a failure.
async function dropStaging(conn: Connector, tables: readonly MergedTable[], steps: readonly ImportStep[]) {
  await conn.query(dropMergeTablesSql(tables)).catch(() => undefined);
  for (const [index, step] of steps.entries()) {
    await conn.dropFile(incomingFileName(step.table, index)).catch(() => undefined);
  }
}

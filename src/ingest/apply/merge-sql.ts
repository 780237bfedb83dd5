// SQL that merges imported rows into a staging copy of a loaded table, by the table's key.
// Identifiers come only from CSV_COLUMNS / MERGE_KEYS; the rows come from registered CSV files.

import { CHANGED_YEARS_TABLE, derivedStatementsAfter } from '../../db/schema.sql.ts';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, type SqlFragment } from '../../db/sql.ts';
import { CSV_COLUMNS, DATASETS_TABLE, type TableName } from '../../db/tables.ts';
import { readCsvSql } from '../load-tables.ts';
import { registeredFilePath } from '../../db/engine-settings.ts';

/** Tables an import can write, and the columns that identify a row in each. */
export const MERGE_KEYS = {
  score_rows: ['province_code', 'year', 'indicator'],
  task_progress: ['task_id', 'period', 'unit'],
  plan_tasks: ['task_id'],
  plans: ['plan'],
  // A plan's goals are replaced together: an import names the plans whose goals it sets (ImportStep.clearsPlans).
  plan_goals: ['plan'],
  survey_indicators: ['province_code', 'year', 'subdimension', 'label_vi', 'label_en'],
} as const satisfies Partial<Record<TableName, readonly string[]>>;

export type MergedTable = keyof typeof MERGE_KEYS;

// Own prefixes, so an import never collides with load-tables.ts's `staging_*` tables.
export const mergeTableName = (table: MergedTable): string => `import_merge_${table}`;
export const incomingTableName = (table: MergedTable): string => `import_incoming_${table}`;
export const incomingFileName = (table: MergedTable, index: number): string =>
  registeredFilePath(`import_${table}_${index}.csv`);
export const MERGE_DATASETS = `import_merge_${DATASETS_TABLE}`;

const columnList = (table: MergedTable): SqlFragment =>
  sqlJoin(CSV_COLUMNS[table].map(([name]) => sqlIdentifier(name)));

// NULL keys match NULL keys (a bundled row without a unit is still one row).
const keysMatch = (table: MergedTable, left: string, right: string): SqlFragment =>
  sqlJoin(
    MERGE_KEYS[table].map(
      (column) =>
        sql`${sqlIdentifier(left)}.${sqlIdentifier(column)} IS NOT DISTINCT FROM ${sqlIdentifier(right)}.${sqlIdentifier(column)}`,
    ),
    ' AND ',
  );

/** The staging copy of `table`: its rows, or none when the import replaces it whole (the progress sample). */
export function createMergeTableSql(table: MergedTable, startEmpty: boolean): SqlFragment {
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(mergeTableName(table))} AS SELECT ${columnList(table)} FROM ${sqlIdentifier(table)}${sqlRaw(startEmpty ? ' WHERE false' : '')}`;
}

/** The imported rows of one file, typed as the table's columns. */
export function createIncomingTableSql(table: MergedTable, registeredFile: string): SqlFragment {
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(incomingTableName(table))} AS SELECT ${columnList(table)} FROM ${readCsvSql(table, registeredFile)}`;
}

/** The imported rows of a file DuckDB already read and checked (see stage-bulk-scores.ts). */
export function createIncomingFromStagedSql(table: MergedTable, stagedTable: string): SqlFragment {
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(incomingTableName(table))} AS SELECT ${columnList(table)} FROM ${sqlIdentifier(stagedTable)}`;
}

/**
 * The years of the score rows the merge writes, for the rebuild by year (created with score_rows' staging copy, filled
 * after each of its files' merge): every row an import adds or replaces is in one of them, and it removes none.
 */
export function createChangedYearsSql(): SqlFragment {
  return sql`CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(CHANGED_YEARS_TABLE)} (year INTEGER)`;
}

export function recordChangedYearsSql(): SqlFragment {
  return sql`INSERT INTO ${sqlIdentifier(CHANGED_YEARS_TABLE)} SELECT DISTINCT year FROM ${sqlIdentifier(incomingTableName('score_rows'))}`;
}

/**
 * Whether the merged score rows hold a year no step changed. If not (a file of every year), a whole rebuild selects
 * what a rebuild by year would, without filtering every row by year twice (~100-250 ms of a 1,000,000-row import).
 */
export function someYearUnchangedSql(): SqlFragment {
  return sql`SELECT EXISTS (SELECT 1 FROM ${sqlIdentifier(mergeTableName('score_rows'))} m
    WHERE NOT EXISTS (SELECT 1 FROM ${sqlIdentifier(CHANGED_YEARS_TABLE)} c WHERE c.year = m.year)) AS some_unchanged`;
}

/** How many imported rows there are, and how many have a key already in the staging copy. */
export function countOverlapSql(table: MergedTable): SqlFragment {
  return sql`SELECT count(*)::INTEGER AS total,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${sqlIdentifier(mergeTableName(table))} m WHERE ${keysMatch(table, 'm', 'i')}))::INTEGER AS overlapping
    FROM ${sqlIdentifier(incomingTableName(table))} i`;
}

/** Replace: drop the staged rows the import overlaps, then add every imported row. Add-only: add the rows with new keys. */
export function mergeIncomingSql(table: MergedTable, replaceOverlapping: boolean): SqlFragment {
  const merge = sqlIdentifier(mergeTableName(table));
  const incoming = sqlIdentifier(incomingTableName(table));
  const overlapping = sql`EXISTS (SELECT 1 FROM ${incoming} i WHERE ${keysMatch(table, 'm', 'i')})`;
  if (replaceOverlapping) {
    return sql`DELETE FROM ${merge} m WHERE ${overlapping}; INSERT INTO ${merge} SELECT * FROM ${incoming}`;
  }
  return sql`INSERT INTO ${merge} SELECT * FROM ${incoming} i WHERE NOT EXISTS (SELECT 1 FROM ${merge} m WHERE ${keysMatch(table, 'm', 'i')})`;
}

/** One new `datasets` row per merged table (values bound), the others kept. */
export function createMergeDatasetsSql(
  tables: readonly { table: MergedTable; source: string }[],
  loadedAt: string,
): SqlFragment {
  const kept = sql`SELECT name, source, is_sample, row_count, loaded_at FROM ${sqlIdentifier(DATASETS_TABLE)} WHERE name NOT IN (${sqlJoin(tables.map(({ table }) => sql`${table}`))})`;
  const merged = tables.map(
    ({ table, source }) =>
      sql`SELECT ${table}::VARCHAR, ${source}::VARCHAR, false, count(*)::INTEGER, ${loadedAt}::VARCHAR FROM ${sqlIdentifier(mergeTableName(table))}`,
  );
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(MERGE_DATASETS)} AS ${sqlJoin([kept, ...merged], ' UNION ALL ')}`;
}

/**
 * One transaction: the merged tables, their datasets rows and the derived tables appear together or not at all.
 * Only the derived tables that read a merged table are rebuilt (with `scoreRowsByYear`, those that follow the score
 * rows for the years whose score rows changed: CHANGED_YEARS_TABLE holds the years of every step's rows,
 * createChangedYearsSql and recordChangedYearsSql), and what `existing` lacks is created.
 */
export function swapInMergedSql(
  tables: readonly MergedTable[],
  existing: ReadonlySet<string>,
  scoreRowsByYear: boolean,
): SqlFragment {
  const byYear = scoreRowsByYear && tables.includes('score_rows');
  const renames = [
    ...tables.map((table) => [mergeTableName(table), table] as const),
    [MERGE_DATASETS, DATASETS_TABLE] as const,
  ].map(
    ([from, to]) =>
      sql`DROP TABLE IF EXISTS ${sqlIdentifier(to)}; ALTER TABLE ${sqlIdentifier(from)} RENAME TO ${sqlIdentifier(to)}`,
  );
  const schema = derivedStatementsAfter([...tables, DATASETS_TABLE], existing, byYear).map((statement) =>
    sqlRaw(statement),
  );
  return sql`BEGIN TRANSACTION; ${sqlJoin([...renames, ...schema], ';\n')}; COMMIT`;
}

/** Removes the staged goals of `plans` (a plan file that sets its goals replaces them all, even with none). */
export function clearPlanGoalsSql(plans: readonly string[]): SqlFragment {
  return sql`DELETE FROM ${sqlIdentifier(mergeTableName('plan_goals'))} WHERE plan IN (${sqlJoin(plans.map((plan) => sql`${plan}`))})`;
}

/** Drops every staging table an import may have left. */
export function dropMergeTablesSql(tables: readonly MergedTable[]): SqlFragment {
  const names = [
    ...tables.flatMap((table) => [mergeTableName(table), incomingTableName(table)]),
    MERGE_DATASETS,
    ...(tables.includes('score_rows') ? [CHANGED_YEARS_TABLE] : []),
  ];
  return sqlJoin(
    names.map((name) => sql`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`),
    ';\n',
  );
}

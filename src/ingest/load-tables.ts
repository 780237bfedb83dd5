// Loads CSV text into DuckDB tables atomically: every file is read into a staging table first,
// and only when all have loaded are they swapped in, in one transaction. A bad file leaves the
// loaded data untouched.

import type { Connector } from '../db/connector.ts';
import { recordDerivedObjectsBuilt } from '../db/derived-objects-built.ts';
import { makeWritable } from '../db/engine-writable.ts';
import { SCHEMA_STATEMENTS } from '../db/schema.sql.ts';
import type { BundledDatabaseTable } from './bundled-database-file.ts';
import { bundledRowsSql, withBundledDatabase } from './bundled-database.ts';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral, type SqlFragment } from '../db/sql.ts';
import { CSV_COLUMNS, CSV_TABLES, DATASETS_TABLE, type TableName } from '../db/tables.ts';
import { registeredFilePath } from '../db/engine-settings.ts';
import { runInTransaction } from '../db/transaction.ts';

/** Normalised CSV (UTF-8, `,` delimiter, `"` quote, `.` decimals, header row) as text or UTF-8 bytes, or the bundled database's rows. */
export type TableFile = string | Uint8Array | BundledDatabaseTable;

/** A file per table to load. */
export type TableFiles = Partial<Record<TableName, TableFile>>;

/** Whether `file` is the bundled database's rows. */
export const inBundledDatabase = (file: TableFile | undefined): file is BundledDatabaseTable =>
  typeof file === 'object' && 'bundledDatabase' in file;

export interface LoadOptions {
  /** Where the data came from, per table (e.g. 'bundled: data/papi-scores.csv' or a file name). */
  sources: Partial<Record<TableName, string>>;
  /** Tables whose contents are illustrative (the bundled progress sample). */
  sampleTables?: readonly TableName[];
  /** Injectable clock for tests. */
  now?: () => Date;
  /**
   * False: the derived tables are left for the caller to build (buildDerivedTables, or an import's swap), as a
   * start-up does when the imports kept in this browser are applied next, before any view can query.
   */
  buildDerived?: boolean;
}

const stagingName = (table: TableName): string => `staging_${table}`;
const fileName = (table: TableName): string => registeredFilePath(`load_${table}.csv`);
const STAGING_DATASETS = `staging_${DATASETS_TABLE}`;

/** `read_csv` of a registered file with explicit delimiter, quote and column types; auto_detect=false skips the sniffer (~30% of the read). */
export function readCsvSql(table: TableName, registeredFile: string): SqlFragment {
  const columns = CSV_COLUMNS[table]
    .map(([name, type]) => `${sqlStringLiteral(name).text}: ${sqlStringLiteral(type).text}`)
    .join(', ');
  return sql`read_csv(${sqlStringLiteral(registeredFile)}, header=true, auto_detect=false, delim=',', quote='"', escape='"', ${sqlRaw(
    `columns={${columns}}`,
  )})`;
}

const DATASETS_DDL = sqlRaw(
  `CREATE TABLE IF NOT EXISTS "${DATASETS_TABLE}" (name VARCHAR PRIMARY KEY, source VARCHAR, is_sample BOOLEAN, row_count INTEGER, loaded_at VARCHAR)`,
);

/** Loads the given tables (others keep their contents), records them in `datasets`, rebuilds the derived tables and views. */
export async function loadTables(conn: Connector, files: TableFiles, options: LoadOptions): Promise<void> {
  await makeWritable(conn);
  const tables = CSV_TABLES.filter((table) => files[table] !== undefined);
  const loadedAt = (options.now ?? (() => new Date()))().toISOString();
  const database = tables.map((table) => files[table]).find(inBundledDatabase);
  const stage = (): Promise<TableName[]> => stageTables(conn, files, tables);
  // Few round trips to the worker: one script reads every CSV (or the bundled database's tables) into its staging
  // table, one statement (with the sources bound) writes the new `datasets`, one transaction swaps them in.
  let csvTables: TableName[] = [];
  try {
    csvTables =
      database === undefined
        ? await stage()
        : await withBundledDatabase(conn, database.bundledDatabase, stage);
    await conn.query(stagingDatasetsSql(tables, options, loadedAt));
    await swapIn(conn, tables, options.buildDerived ?? true);
  } finally {
    await dropStaging(conn, tables.map(stagingName), csvTables);
  }
}

/** Creates each table's staging table (the bundled database attached, for its tables); returns the tables read from CSV files. */
async function stageTables(
  conn: Connector,
  files: TableFiles,
  tables: readonly TableName[],
): Promise<TableName[]> {
  const csvTables: TableName[] = [];
  const staged: SqlFragment[] = [DATASETS_DDL];
  for (const table of tables) {
    const content = files[table] ?? '';
    const staging = sqlIdentifier(stagingName(table));
    if (inBundledDatabase(content)) {
      staged.push(sql`CREATE OR REPLACE TABLE ${staging} AS ${bundledRowsSql(table)}`);
      continue;
    }
    csvTables.push(table);
    if (typeof content === 'string') await conn.registerFileText(fileName(table), content);
    else await conn.registerFileBuffer(fileName(table), content);
    staged.push(
      sql`CREATE OR REPLACE TABLE ${staging} AS SELECT * FROM ${readCsvSql(table, fileName(table))}`,
    );
  }
  await conn.query(sqlJoin(staged, ';\n'));
  return csvTables;
}

/** `staging_datasets`: the rows of tables not loaded now, plus one row per loaded table (values bound). */
function stagingDatasetsSql(
  tables: readonly TableName[],
  options: LoadOptions,
  loadedAt: string,
): SqlFragment {
  const kept = sql`SELECT name, source, is_sample, row_count, loaded_at FROM ${sqlIdentifier(DATASETS_TABLE)}${
    tables.length > 0
      ? sql` WHERE name NOT IN (${sqlJoin(tables.map((table) => sql`${table}`))})`
      : sqlRaw('')
  }`;
  const loaded = tables.map(
    (table) =>
      sql`SELECT ${table}::VARCHAR, ${options.sources[table] ?? null}::VARCHAR, ${
        options.sampleTables?.includes(table) ?? false
      }::BOOLEAN, count(*)::INTEGER, ${loadedAt}::VARCHAR FROM ${sqlIdentifier(stagingName(table))}`,
  );
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(STAGING_DATASETS)} AS ${sqlJoin([kept, ...loaded], ' UNION ALL ')}`;
}

// One transaction: the new tables, their datasets rows and the derived tables built from them
// appear together or not at all.
async function swapIn(conn: Connector, tables: readonly TableName[], buildDerived: boolean): Promise<void> {
  const renames = [
    ...tables.map((table) => [stagingName(table), table] as const),
    [STAGING_DATASETS, DATASETS_TABLE] as const,
  ].map(
    ([from, to]) =>
      sql`DROP TABLE IF EXISTS ${sqlIdentifier(to)}; ALTER TABLE ${sqlIdentifier(from)} RENAME TO ${sqlIdentifier(to)}`,
  );
  const schema = buildDerived ? SCHEMA_STATEMENTS.map((statement) => sqlRaw(statement)) : [];
  await runInTransaction(conn, [...renames, ...schema]);
  recordDerivedObjectsBuilt(conn, buildDerived);
}

/** Builds every derived table and view from the loaded tables, in one transaction. */
export async function buildDerivedTables(conn: Connector): Promise<void> {
  await runInTransaction(
    conn,
    SCHEMA_STATEMENTS.map((statement) => sqlRaw(statement)),
  );
  recordDerivedObjectsBuilt(conn, true);
}

async function dropStaging(
  conn: Connector,
  stagingTables: readonly string[],
  registered: readonly TableName[],
): Promise<void> {
  const names = [...stagingTables, STAGING_DATASETS];
  await conn.query(
    sqlJoin(
      names.map((name) => sql`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`),
      ';\n',
    ),
  );
  for (const table of registered) {
    await conn.dropFile(fileName(table)).catch(() => undefined);
  }
}

// Loads CSV text into DuckDB tables atomically: every file is read into a staging table first,
// and only when all have loaded are they swapped in, in one transaction. A bad file leaves the
// loaded data untouched.

import type { Connector } from '../db/connector';
import { SCHEMA_STATEMENTS } from '../db/schema.sql';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral, type SqlFragment } from '../db/sql';
import { CSV_COLUMNS, CSV_TABLES, DATASETS_TABLE, type TableName } from '../db/tables';

/** Normalised CSV text (UTF-8, `,` delimiter, `"` quote, `.` decimals, header row) per table. */
export type TableFiles = Partial<Record<TableName, string>>;

export interface LoadOptions {
  /** Where the data came from, per table (e.g. 'bundled: data/papi-scores.csv' or a file name). */
  sources: Partial<Record<TableName, string>>;
  /** Tables whose contents are illustrative (the bundled progress sample). */
  sampleTables?: readonly TableName[];
  /** Injectable clock for tests. */
  now?: () => Date;
}

const stagingName = (table: TableName): string => `staging_${table}`;
const fileName = (table: TableName): string => `load_${table}.csv`;
const STAGING_DATASETS = `staging_${DATASETS_TABLE}`;

/** `read_csv` of a registered file with explicit delimiter, quote and column types (never sniffed). */
export function readCsvSql(table: TableName, registeredFile: string): SqlFragment {
  const columns = CSV_COLUMNS[table]
    .map(([name, type]) => `${sqlStringLiteral(name).text}: ${sqlStringLiteral(type).text}`)
    .join(', ');
  return sql`read_csv(${sqlStringLiteral(registeredFile)}, header=true, delim=',', quote='"', escape='"', ${sqlRaw(
    `columns={${columns}}`,
  )})`;
}

const DATASETS_DDL = sqlRaw(
  `CREATE TABLE IF NOT EXISTS "${DATASETS_TABLE}" (name VARCHAR PRIMARY KEY, source VARCHAR, is_sample BOOLEAN, row_count INTEGER, loaded_at VARCHAR)`,
);

/** Loads the given tables (others keep their contents), records them in `datasets`, rebuilds the derived tables and views. */
export async function loadTables(conn: Connector, files: TableFiles, options: LoadOptions): Promise<void> {
  const tables = CSV_TABLES.filter((table) => files[table] !== undefined);
  const loadedAt = (options.now ?? (() => new Date()))().toISOString();
  await conn.query(DATASETS_DDL);
  try {
    for (const table of tables) {
      await conn.registerFileText(fileName(table), files[table] ?? '');
      await conn.query(
        sql`CREATE OR REPLACE TABLE ${sqlIdentifier(stagingName(table))} AS SELECT * FROM ${readCsvSql(table, fileName(table))}`,
      );
    }
    await conn.query(
      sql`CREATE OR REPLACE TABLE ${sqlIdentifier(STAGING_DATASETS)} AS SELECT * FROM ${sqlIdentifier(DATASETS_TABLE)}`,
    );
    for (const table of tables) {
      await conn.query(sql`DELETE FROM ${sqlIdentifier(STAGING_DATASETS)} WHERE name = ${table}`);
      await conn.query(
        sql`INSERT INTO ${sqlIdentifier(STAGING_DATASETS)} SELECT ${table}, ${options.sources[table] ?? null}, ${
          options.sampleTables?.includes(table) ?? false
        }, count(*)::INTEGER, ${loadedAt} FROM ${sqlIdentifier(stagingName(table))}`,
      );
    }
    await swapIn(conn, tables);
  } finally {
    await dropStaging(conn, tables);
  }
}

// One transaction: the new tables, their datasets rows and the derived tables built from them
// appear together or not at all.
async function swapIn(conn: Connector, tables: readonly TableName[]): Promise<void> {
  const renames = [
    ...tables.map((table) => [stagingName(table), table] as const),
    [STAGING_DATASETS, DATASETS_TABLE] as const,
  ].map(
    ([from, to]) =>
      sql`DROP TABLE IF EXISTS ${sqlIdentifier(to)}; ALTER TABLE ${sqlIdentifier(from)} RENAME TO ${sqlIdentifier(to)}`,
  );
  const schema = SCHEMA_STATEMENTS.map((statement) => sqlRaw(statement));
  try {
    await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin([...renames, ...schema], ';\n')}; COMMIT`);
  } catch (error) {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}

async function dropStaging(conn: Connector, tables: readonly TableName[]): Promise<void> {
  for (const name of [...tables.map(stagingName), STAGING_DATASETS]) {
    await conn.query(sql`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`);
  }
  for (const table of tables) {
    await conn.dropFile(fileName(table)).catch(() => undefined);
  }
}

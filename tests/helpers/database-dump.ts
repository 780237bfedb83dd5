// A loaded database written to a folder and read back into another engine, so that the bundled data
// set is loaded (CSV parsing plus every derived table rebuilt) once per test run instead of once per
// test file: tests/setup/bundled-database-dump.ts writes it, createLoadedConnector reads it.
// Each table is DuckDB's own CSV of its rows (read back with the exact column types) under the DDL
// DuckDB reports for it; the schema's views and macros are then created over them as a load does.
// tests/setup/bundled-database-dump.test.ts proves the copy equals a fresh load, table by table and view by view.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connector } from '../../src/db/connector.ts';
import { SCHEMA_STATEMENTS } from '../../src/db/schema.sql.ts';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral, type SqlFragment } from '../../src/db/sql.ts';
import { registeredFilePath } from '../../src/db/engine-settings.ts';
import { DATASETS_TABLE } from '../../src/db/tables.ts';

/** Environment variable naming the folder with the bundled data set's dump, set by the unit project's global setup. */
export const BUNDLED_DUMP_DIR_ENV = 'PAPI_TEST_BUNDLED_DUMP_DIR';

const MANIFEST_FILE = 'manifest.json';

interface DumpedTable {
  name: string;
  /** DuckDB's own CREATE TABLE statement (constraints included, e.g. the datasets primary key). */
  ddl: string;
  /** Column names and types, in table order. */
  columns: [string, string][];
}

// The statements a load runs that create views and macros; the tables they read come from the dump.
const CREATES_TABLE = /^\s*CREATE\s+(OR\s+REPLACE\s+)?TABLE\b/i;
const VIEW_AND_MACRO_STATEMENTS = SCHEMA_STATEMENTS.filter((statement) => !CREATES_TABLE.test(statement));

/** The user tables of the database, in creation order. */
export async function listTables(conn: Connector): Promise<{ name: string; ddl: string }[]> {
  return conn.query<{ name: string; ddl: string }>(
    sqlRaw(
      `SELECT table_name AS name, sql AS ddl FROM duckdb_tables()
       WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND NOT internal
       ORDER BY table_oid`,
    ),
  );
}

async function listColumns(conn: Connector, table: string): Promise<[string, string][]> {
  const rows = await conn.query<{ name: string; type: string }>(
    sql`SELECT column_name AS name, data_type AS type FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ${table}
        ORDER BY column_index`,
  );
  return rows.map(({ name, type }) => [name, type]);
}

const csvPath = (dir: string, table: string): string => join(dir, `${table}.csv`);

/** Writes every table of the database to `dir` (one CSV each, rows in table order) with a manifest of their DDL and types. */
export async function dumpDatabase(conn: Connector, dir: string): Promise<void> {
  const tables: DumpedTable[] = [];
  for (const { name, ddl } of await listTables(conn)) {
    await conn.query(
      sql`COPY ${sqlIdentifier(name)} TO ${sqlStringLiteral(csvPath(dir, name))} (HEADER, DELIMITER ',', QUOTE '"', ESCAPE '"')`,
    );
    tables.push({ name, ddl, columns: await listColumns(conn, name) });
  }
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(tables));
}

/** The name a dumped table's CSV is registered under: the engine reads no file outside the registered ones. */
const registeredDumpFile = (table: DumpedTable): string => registeredFilePath(`dump_${table.name}.csv`);

function readDumpedCsvSql(table: DumpedTable): SqlFragment {
  const columns = table.columns
    .map(([name, type]) => `${sqlStringLiteral(name).text}: ${sqlStringLiteral(type).text}`)
    .join(', ');
  // allow_quoted_nulls=false: COPY writes NULL as nothing and an empty string as "", which must stay apart.
  return sql`SELECT * FROM read_csv(${sqlStringLiteral(registeredDumpFile(table))}, header=true, auto_detect=false, delim=',', quote='"', escape='"', allow_quoted_nulls=false, ${sqlRaw(
    `columns={${columns}}`,
  )})`;
}

/**
 * Recreates in `conn` (a fresh engine) the database dumped to `dir`: its tables and rows, the schema's
 * views and macros, and `datasets.loaded_at` stamped now, as a load at this moment would.
 */
export async function restoreDatabase(conn: Connector, dir: string, now = new Date()): Promise<void> {
  const tables = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as DumpedTable[];
  for (const table of tables) {
    await conn.registerFileText(registeredDumpFile(table), readFileSync(csvPath(dir, table.name), 'utf8'));
  }
  const tableStatements = tables.flatMap((table) => [
    sqlRaw(table.ddl.replace(/;\s*$/, '')),
    sql`INSERT INTO ${sqlIdentifier(table.name)} ${readDumpedCsvSql(table)}`,
  ]);
  // A literal, not a parameter: the script runs as several statements, which cannot be prepared.
  const restamp = sql`UPDATE ${sqlIdentifier(DATASETS_TABLE)} SET loaded_at = ${sqlStringLiteral(now.toISOString())}`;
  const views = VIEW_AND_MACRO_STATEMENTS.map((statement) => sqlRaw(statement));
  await conn.query(
    sql`BEGIN TRANSACTION; ${sqlJoin([...tableStatements, restamp, ...views], ';\n')}; COMMIT`,
  );
  for (const table of tables) await conn.dropFile(registeredDumpFile(table));
}

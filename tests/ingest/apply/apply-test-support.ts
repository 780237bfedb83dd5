// Shared by the apply and persist tests: a fingerprint of the loaded data, reading files against
// the loaded reference data, and a connector whose n-th query fails (a rejected DuckDB step).

import type { Connector } from '../../../src/db/connector.ts';
import { sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral, sql } from '../../../src/db/sql.ts';
import { CSV_TABLES, DATASETS_TABLE } from '../../../src/db/tables.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import type { ReadImport } from '../../../src/ingest/apply/import-outcome.ts';
import { readImportBatch } from '../../../src/ingest/apply/read-import-batch.ts';
import { loadBundledData } from '../../../src/ingest/load-bundled-data.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { readBundledFiles } from '../../helpers/data-files.ts';
import { listTables } from '../../helpers/database-dump.ts';
import { readImportFixture } from '../import-test-context.ts';

const BUNDLED_FILES = readBundledFiles();

const SNAPSHOT_SCHEMA = 'bundled_snapshot';
const snapshotted = new WeakSet<Connector>();

/**
 * Puts the bundled data back over whatever an earlier test imported. The first call on a connector loads
 * the bundled files the app's way and keeps a copy of every table; later calls copy the tables back, which
 * gives the same rows as a reload without rebuilding every derived table (a reload took ~0.7 s, and the
 * apply tests reset before each of their ~100 imports).
 */
export async function reloadBundledData(conn: Connector): Promise<void> {
  if (!snapshotted.has(conn)) {
    await loadBundledData(conn, BUNDLED_FILES);
    await takeSnapshot(conn);
    snapshotted.add(conn);
    return;
  }
  await restoreSnapshot(conn);
}

async function takeSnapshot(conn: Connector): Promise<void> {
  const copies = (await listTables(conn)).map(
    ({ name }) =>
      sql`CREATE OR REPLACE TABLE ${sqlIdentifier(SNAPSHOT_SCHEMA)}.${sqlIdentifier(name)} AS SELECT * FROM main.${sqlIdentifier(name)}`,
  );
  await conn.query(
    sql`CREATE SCHEMA IF NOT EXISTS ${sqlIdentifier(SNAPSHOT_SCHEMA)}; ${sqlJoin(copies, ';\n')}`,
  );
}

// Rows are copied back into the tables the test left (keeping their DDL, e.g. the datasets primary key);
// a table a test dropped is recreated and one it added is dropped. loaded_at is restamped as a reload does.
async function restoreSnapshot(conn: Connector): Promise<void> {
  const saved = await conn.query<{ name: string }>(
    sql`SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = ${SNAPSHOT_SCHEMA} ORDER BY table_oid`,
  );
  const present = new Set((await listTables(conn)).map(({ name }) => name));
  const savedNames = new Set(saved.map(({ name }) => name));
  const statements = [
    ...[...present]
      .filter((name) => !savedNames.has(name))
      .map((name) => sql`DROP TABLE main.${sqlIdentifier(name)}`),
    ...saved.flatMap(({ name }) => {
      const from = sql`${sqlIdentifier(SNAPSHOT_SCHEMA)}.${sqlIdentifier(name)}`;
      const into = sql`main.${sqlIdentifier(name)}`;
      return present.has(name)
        ? [sql`DELETE FROM ${into}`, sql`INSERT INTO ${into} SELECT * FROM ${from}`]
        : [sql`CREATE TABLE ${into} AS SELECT * FROM ${from}`];
    }),
    sql`UPDATE main.${sqlIdentifier(DATASETS_TABLE)} SET loaded_at = ${sqlStringLiteral(new Date().toISOString())}`,
  ];
  await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(statements, ';\n')}; COMMIT`);
}

// Every loaded and derived table a screen reads; datasets without loaded_at (a reload restamps it).
const FINGERPRINTED = [...CSV_TABLES, 'scores', 'rankings', 'task_completion'] as const;

/**
 * Per table, its row count and the sum of its rows' hashes (order-free, each row counted as often as it occurs), all
 * in one query: equal fingerprints mean the same rows. It replaced an md5 over each table's sorted rows as text, which
 * took ~0.5 s per call; the import tests take one before and after each of their ~150 imports.
 */
export async function fingerprintTables(
  conn: Connector,
  tables: readonly string[] = FINGERPRINTED,
): Promise<Record<string, string>> {
  const perTable = tables.map(
    (table) =>
      sql`SELECT ${table} AS name, count(*) || ':' || coalesce(sum(hash(t)::HUGEINT), 0) AS hash FROM ${sqlIdentifier(table)} t`,
  );
  const rows = await conn.query<{ name: string; hash: string }>(sqlJoin(perTable, ' UNION ALL '));
  const fingerprint: Record<string, string> = Object.fromEntries(rows.map((row) => [row.name, row.hash]));
  const datasets = await conn.query(
    sqlRaw('SELECT name, source, is_sample, row_count FROM datasets ORDER BY name'),
  );
  fingerprint.datasets = JSON.stringify(datasets);
  return fingerprint;
}

/** Reads files (fixture names or inline bytes) as one import, against the reference data loaded in `conn`. */
export async function readFiles(
  conn: Connector,
  files: readonly (string | { name: string; bytes: Uint8Array })[],
): Promise<ReadImport[]> {
  const named = files.map((file) =>
    typeof file === 'string' ? { name: file, bytes: readImportFixture(file) } : file,
  );
  return readImportBatch(named, await fetchImportContext(conn), readImportFile);
}

/** UTF-8 bytes of CSV lines, as a small inline file. */
export const csvFile = (name: string, lines: readonly string[]) => ({
  name,
  bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`),
});

/** `conn`, except that its query number `failAt` (0-based) rejects as DuckDB would; counts the queries. */
export function failingConnector(conn: Connector, failAt: number): Connector & { queries: () => number } {
  let count = 0;
  return {
    ...conn,
    query: (query) => {
      count += 1;
      if (count - 1 === failAt)
        return Promise.reject(new Error(`simulated DuckDB failure at query ${failAt}`));
      return conn.query(query);
    },
    queries: () => count,
  };
}

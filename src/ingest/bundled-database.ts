// The bundled data as the build ships it: one DuckDB database file (data/scripts/build-bundled-database.ts), the
// database a start with the bundled data reaches (its loaded tables, derived tables, views and macros), built on Node
// DuckDB by the app's own load and SQL, but for the tables a start makes from what it holds (a smaller download),
// which the file holds as views over it. A fresh engine reads it in place: attached read-only and made the default
// database, it answers at once, with nothing copied, read or built. The first write (an import, a load, the SQL
// console) copies it in, in one transaction, and makes those tables (db/engine-writable.ts). A load into an engine the
// views are querying (a reset, another tab's change) stages the loaded tables out of it and swaps them in like any
// load (load-tables.ts).

import type { Connector } from '../db/connector.ts';
import { registeredFilePath } from '../db/engine-settings.ts';
import { recordDerivedObjectsBuilt } from '../db/derived-objects-built.ts';
import { setWritableMaker } from '../db/engine-writable.ts';
import {
  LOADED_ROWS_WITHIN_SHIPPED,
  RANKINGS_FROM_CORE_SQL,
  SCORES_FROM_RANKINGS_SQL,
  STANDING_CORE_FROM_STANDING_SQL,
  STANDING_CORE_TABLE,
  STANDING_FROM_CORE_SQL,
} from '../db/schema.sql.ts';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral, type SqlFragment } from '../db/sql.ts';
import { DATASETS_TABLE, type TableName } from '../db/tables.ts';
import { BUNDLED_DATABASE_FILE, type BundledDatabase } from './bundled-database-file.ts';

/**
 * Tables the file holds that a start has none of, each made by the build from the built tables, and dropped by a start
 * once it has made from it what it stands for: the standing's core (rankings' rows with the step and the year before,
 * the part of indicator_standing that needs the joins).
 */
export const SHIPPED_ONLY: ReadonlyMap<string, string> = new Map([
  [STANDING_CORE_TABLE, STANDING_CORE_FROM_STANDING_SQL],
]);

/**
 * Loaded tables the file holds inside another table rather than as their own, since that table holds each of their
 * rows: score_rows' rows are the standing core's sub-dimension rows, first and in the CSV's order (the build checks
 * it), taken out with LOADED_ROWS_WITHIN_SHIPPED.
 */
export const HELD_WITHIN: Partial<Record<TableName, string>> = { score_rows: STANDING_CORE_TABLE };

/** The SELECT of a loaded table's rows out of the tables `at` names: its own, or the one that holds its rows. */
function loadedRowsSql(table: TableName, at: (name: string) => string): string {
  const holder = HELD_WITHIN[table];
  if (holder === undefined) return `SELECT * FROM ${at(table)}`;
  const select = LOADED_ROWS_WITHIN_SHIPPED[table];
  if (select === undefined) throw new Error(`No SELECT takes the rows of ${table} out of ${holder}.`);
  return select(at(holder));
}

/**
 * Tables the file leaves out that a start makes first, in this order, from what the file holds: the loaded tables
 * held within another (score_rows, out of the standing's core), indicator_standing (its core with the year's cuts),
 * rankings (the core without what it adds) and scores (rankings without its ranks). Shipped whole, the standing would
 * add ~480 KB brotli to a first visit; built by its SQL, it cost a start ~50-150 ms more than made from the core (the
 * start's engine instantiated to a live answer, alternating first visits).
 */
const MADE_FROM_THE_FILE: ReadonlyMap<string, string> = new Map([
  ...(Object.keys(HELD_WITHIN) as TableName[]).map(
    (table) =>
      [
        table,
        `CREATE TABLE ${sqlIdentifier(table).text} AS ${loadedRowsSql(table, (name) => sqlIdentifier(name).text)}`,
      ] as const,
  ),
  ['indicator_standing', STANDING_FROM_CORE_SQL],
  ['rankings', RANKINGS_FROM_CORE_SQL],
  ['scores', SCORES_FROM_RANKINGS_SQL],
]);

/** Tables the file holds only as views over what it holds: those a start makes from it (above). */
export const LEFT_OUT_OF_BUNDLED_DATABASE: readonly string[] = [...MADE_FROM_THE_FILE.keys()];

/** `CREATE [OR REPLACE] TABLE name AS …` with `head` in place of `CREATE [OR REPLACE] TABLE ` (the name follows it). */
function withCreateHead(statement: string, head: string): string {
  const rewritten = statement.replace(/^\s*CREATE (OR REPLACE )?TABLE /, head);
  if (rewritten === statement) throw new Error(`Not a CREATE TABLE … AS: ${statement.slice(0, 60)}`);
  return rewritten;
}

const asView = (statement: string): string => withCreateHead(statement, 'CREATE VIEW ');

/** The views the file holds in place of the tables it leaves out, so a start can read it as it is. */
export const VIEWS_IN_PLACE_OF_MADE_TABLES: readonly string[] = [...MADE_FROM_THE_FILE.values()].map(asView);

/** DuckDB's name for the in-memory database the app's engine opens (db.open without a path; the Node tests' too). */
const IN_MEMORY_DATABASE = 'memory';

/** The name a load attaches the file under (read-only, detached when the load is done). */
export const BUNDLED_DATABASE_NAME = 'bundled';

const registeredPath = registeredFilePath(BUNDLED_DATABASE_FILE);

/** `table` of the attached bundled database. */
export const bundledTableSql = (table: string): SqlFragment =>
  sqlRaw(`${sqlIdentifier(BUNDLED_DATABASE_NAME).text}.main.${sqlIdentifier(table).text}`);

/** The SELECT of a loaded table's rows out of the attached file. */
export const bundledRowsSql = (table: TableName): SqlFragment =>
  sqlRaw(loadedRowsSql(table, (name) => bundledTableSql(name).text));

/** Runs `work` with the file attached read-only; detaches it and lets its bytes go after, whatever happened. */
export async function withBundledDatabase<T>(
  conn: Connector,
  database: BundledDatabase,
  work: () => Promise<T>,
): Promise<T> {
  // DuckDB's worker takes the buffer it is handed: a copy, so a later load can hand over the same bytes again.
  await conn.registerFileBuffer(registeredPath, database.bytes.slice());
  try {
    // Detached first: a load that could not detach it (or one overlapping this) leaves no attachment in the way.
    await conn.query(
      sql`DETACH DATABASE IF EXISTS ${sqlIdentifier(BUNDLED_DATABASE_NAME)}; ATTACH ${sqlStringLiteral(registeredPath)} AS ${sqlIdentifier(BUNDLED_DATABASE_NAME)} (READ_ONLY)`,
    );
    try {
      return await work();
    } finally {
      await conn.query(sql`DETACH ${sqlIdentifier(BUNDLED_DATABASE_NAME)}`).catch(() => undefined);
    }
  } finally {
    await conn.dropFile(registeredPath).catch(() => undefined);
  }
}

/**
 * A fresh engine's start (nothing loaded, no view querying it): the file attached read-only as the default database,
 * with the datasets' load time, `loadedAt`, in a temporary `datasets` over the file's (temporary objects come first
 * in a name's lookup). Every table, view and macro then answers from the file; the first write copies it in.
 */
export async function startFromBundledDatabase(
  conn: Connector,
  database: BundledDatabase,
  loadedAt: Date,
): Promise<void> {
  const bundled = sqlIdentifier(BUNDLED_DATABASE_NAME);
  // DuckDB's worker takes the buffer it is handed: a copy, so a later load can hand over the same bytes again.
  await conn.registerFileBuffer(registeredPath, database.bytes.slice());
  try {
    await conn.query(
      sql`DETACH DATABASE IF EXISTS ${bundled}; ATTACH ${sqlStringLiteral(registeredPath)} AS ${bundled} (READ_ONLY); USE ${bundled};
        CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(DATASETS_TABLE)} AS
          SELECT * REPLACE (${sqlStringLiteral(loadedAt.toISOString())} AS loaded_at) FROM ${bundledTableSql(DATASETS_TABLE)}`,
    );
  } catch (error) {
    await conn
      .query(sql`USE ${sqlIdentifier(IN_MEMORY_DATABASE)}; DETACH DATABASE IF EXISTS ${bundled}`)
      .catch(() => undefined);
    await conn.dropFile(registeredPath).catch(() => undefined);
    throw error;
  }
  // Every derived object is there (the file holds all, those a start makes as views), so neither the start nor a later
  // import asks the engine's catalog (~120 ms).
  recordDerivedObjectsBuilt(conn, true);
  setWritableMaker(conn, () => copyBundledDatabaseIn(conn, loadedAt));
}

/**
 * The file read in place copied into the in-memory database: in one transaction, everything it holds, the tables it
 * holds as views made (into the in-memory database, from the file's identical rows), its standing's core dropped and
 * the load time stamped; then, in the same script, the in-memory database made the default. Until that commit the
 * default stays the file, so a failure rolls back to an engine reading it as before. Then the file is detached and
 * its bytes let go.
 */
async function copyBundledDatabaseIn(conn: Connector, loadedAt: Date): Promise<void> {
  const bundled = sqlIdentifier(BUNDLED_DATABASE_NAME);
  const memory = sqlIdentifier(IN_MEMORY_DATABASE);
  const inMemory = (name: string): SqlFragment => sql`${memory}.main.${sqlIdentifier(name)}`;
  const made = [...MADE_FROM_THE_FILE].flatMap(([table, statement]) => [
    sql`DROP VIEW ${inMemory(table)}`,
    sqlRaw(withCreateHead(statement, `CREATE TABLE ${memory.text}.main.`)),
  ]);
  const dropped = [...SHIPPED_ONLY.keys()].map((table) => sql`DROP TABLE ${inMemory(table)}`);
  // A literal, not a bound value: a script of several statements takes none.
  const stamp = sql`UPDATE ${inMemory(DATASETS_TABLE)} SET loaded_at = ${sqlStringLiteral(loadedAt.toISOString())}`;
  try {
    await conn.query(
      sql`BEGIN TRANSACTION; COPY FROM DATABASE ${bundled} TO ${memory};
        ${sqlJoin([...made, ...dropped, stamp], ';\n')}; COMMIT; USE ${memory}`,
    );
  } catch (error) {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
  // Done: what is left is the file's, which nothing reads any more.
  await conn
    .query(
      sql`DROP TABLE IF EXISTS temp.main.${sqlIdentifier(DATASETS_TABLE)}; DETACH DATABASE IF EXISTS ${bundled}`,
    )
    .catch(() => undefined);
  await conn.dropFile(registeredPath).catch(() => undefined);
}

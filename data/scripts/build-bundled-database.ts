// Build step (run through build-output-cache.ts by the Vite plugin in vite.config.ts and the bundled database's test):
// loads the bundled data on Node DuckDB-WASM the app's way, which builds every derived table, view and macro with the
// app's SQL, and writes that database as one DuckDB file, but for the tables a start makes from what it holds
// (src/ingest/bundled-database.ts: LEFT_OUT_OF_BUNDLED_DATABASE) and with those it makes them from (SHIPPED_ONLY).

import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Connector } from '../../src/db/connector.ts';
import { LOADED_ROWS_WITHIN_SHIPPED } from '../../src/db/schema.sql.ts';
import { sql, sqlIdentifier, sqlRaw, sqlStringLiteral } from '../../src/db/sql.ts';
import { CSV_COLUMNS, DATASETS_TABLE, type TableName } from '../../src/db/tables.ts';
import {
  HELD_WITHIN,
  LEFT_OUT_OF_BUNDLED_DATABASE,
  SHIPPED_ONLY,
  VIEWS_IN_PLACE_OF_MADE_TABLES,
} from '../../src/ingest/bundled-database.ts';
import { BUNDLED_DATABASE_FILE } from '../../src/ingest/bundled-database-file.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
// The same Node DuckDB and bundled files the query tests use.
import { readBundledFiles } from '../../tests/helpers/data-files.ts';
import { startNodeEngine } from '../../tests/helpers/node-duckdb.ts';

/**
 * Rewrites `holder`, the table that holds `table`'s rows (HELD_WITHIN), with those rows first, in `table`'s file
 * order (a table's row order is not the SQL's to promise), then checks that a load's SELECT of them
 * (LOADED_ROWS_WITHIN_SHIPPED) gives `table` back, row for row: else the build stops, saying where they part.
 */
async function holdRowsInFileOrder(conn: Connector, table: TableName, holder: string): Promise<void> {
  const select = LOADED_ROWS_WITHIN_SHIPPED[table];
  if (select === undefined)
    throw new Error(`${table} is to ship inside ${holder}, which has no SELECT of its rows.`);
  const [held, holding] = [sqlIdentifier(table).text, sqlIdentifier(holder).text];
  const sameRow = CSV_COLUMNS[table]
    .map(([name]) => sqlIdentifier(name).text)
    .map((column) => `h.${column} IS NOT DISTINCT FROM t.${column}`)
    .join(' AND ');
  await conn.query(
    sqlRaw(
      `CREATE OR REPLACE TABLE ${holding} AS SELECT h.* FROM ${holding} h ` +
        `LEFT JOIN (SELECT rowid AS file_row, * FROM ${held}) t ON ${sameRow} ORDER BY t.file_row NULLS LAST, h.rowid`,
    ),
  );
  const taken = await conn.query(sqlRaw(select(holding)));
  const loaded = await conn.query(sqlRaw(`SELECT * FROM ${held}`));
  const parting = loaded.findIndex((row, index) => !isDeepStrictEqual(row, taken[index]));
  if (parting >= 0 || taken.length !== loaded.length)
    throw new Error(
      `${holder} does not hold the rows of ${table} (${taken.length} taken out, ${loaded.length} loaded; ` +
        `first different row: ${parting >= 0 ? parting + 1 : loaded.length + 1}). Ship ${table} as a table of ` +
        `its own: remove it from HELD_WITHIN (src/ingest/bundled-database.ts).`,
    );
}

/**
 * The block size the file is written in: DuckDB's least. The data takes ~1.5 MB; in DuckDB's default 256 KB blocks, each
 * table's columns start blocks of their own and the file was 4.5 MB, which a start copies twice (the page's copy
 * for the worker, the worker's into the engine's memory) and attaches: 18 ms more in Node DuckDB-WASM
 * (4 rounds, December 2026: register 13-19 ms against 5-6, attach alike), and 15 KB more brotli to download.
 */
export const BUNDLED_DATABASE_BLOCK_SIZE = 16 * 1024;

/** Runs `statements` on DuckDB's native build; returns its DuckDB version (the caller checks it is the wasm's). */
async function nativeVersionAnd(statements: readonly string[]): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const version = (await connection.runAndReadAll('SELECT version()')).getRows()[0]?.[0];
    for (const statement of statements) await connection.run(statement);
    return String(version);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The bundled database file, keyed by its build name (BUNDLED_DATABASE_FILE; the built app adds a content hash). */
export async function buildBundledDatabase(): Promise<Record<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), 'papi-bundled-database-'));
  const written = join(dir, 'written.duckdb');
  const clean = join(dir, BUNDLED_DATABASE_FILE);
  try {
    const { connector } = await startNodeEngine('duckdb-node-build', { diskAccess: true });
    let wasmVersion: string;
    try {
      await loadBundledData(connector, readBundledFiles());
      for (const statement of SHIPPED_ONLY.values()) await connector.query(sqlRaw(statement));
      for (const [table, holder] of Object.entries(HELD_WITHIN))
        await holdRowsInFileOrder(connector, table as TableName, holder);
      for (const table of LEFT_OUT_OF_BUNDLED_DATABASE)
        await connector.query(sql`DROP TABLE ${sqlIdentifier(table)}`);
      for (const view of VIEWS_IN_PLACE_OF_MADE_TABLES) await connector.query(sqlRaw(view));
      // A start stamps its own load time; the build's would make every build's file differ, and its URL with it.
      await connector.query(sql`UPDATE ${sqlIdentifier(DATASETS_TABLE)} SET loaded_at = NULL`);
      const [own] = await connector.query<{ name: string; version: string }>(
        sql`SELECT current_database() AS name, version() AS version`,
      );
      if (own === undefined) throw new Error('DuckDB named no current database.');
      wasmVersion = own.version;
      await connector.query(sql`ATTACH ${sqlStringLiteral(written)} AS written`);
      await connector.query(sql`COPY FROM DATABASE ${sqlIdentifier(own.name)} TO written`);
      await connector.query(sql`DETACH written`);
    } finally {
      await connector.close();
    }
    // DuckDB-WASM's Node build leaves the rows in the file's write-ahead log: its file system does not truncate, and
    // its checkpoint never lands in the file. The native build of the same DuckDB replays that log and writes one
    // clean file, which the browser's engine then reads (same version, so the same storage format).
    const nativeVersion = await nativeVersionAnd([
      `ATTACH ${sqlStringLiteral(written).text} AS written (READ_ONLY)`,
      `ATTACH ${sqlStringLiteral(clean).text} AS clean (BLOCK_SIZE ${BUNDLED_DATABASE_BLOCK_SIZE})`,
      'COPY FROM DATABASE written TO clean',
      'DETACH clean',
    ]);
    if (nativeVersion !== wasmVersion)
      throw new Error(
        `@duckdb/node-api runs DuckDB ${nativeVersion}, the app's wasm ${wasmVersion}: pin the node-api release of the wasm's DuckDB version.`,
      );
    return { [BUNDLED_DATABASE_FILE]: new Uint8Array(readFileSync(clean)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

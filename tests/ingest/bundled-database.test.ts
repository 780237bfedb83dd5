// The bundled database the build ships (the bundled data loaded, its derived tables, views and macros built, at build
// time) must give what loading the bundled CSVs with the app's SQL gives: at a start (a fresh engine reads it in place,
// attached read-only), once a write has made that engine writable (it copies the file in and makes the tables the file
// holds as views) and at a load into an engine already in use (a reset, another tab's change), the same column types
// and rows (a loaded table's in file order), the same `datasets` rows but their load time, the same derived objects,
// and every view answers as over the SQL's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATABASE_BLOCK_SIZE } from '../../data/scripts/build-bundled-database.ts';
import { cachedBundledDatabase } from '../../data/scripts/bundled-database-cache.ts';
import type { Connector } from '../../src/db/connector.ts';
import { makeWritable, readsInPlace } from '../../src/db/engine-writable.ts';
import { existingObjectNames } from '../../src/db/existing-objects.ts';
import { DERIVED_OBJECTS, DERIVED_TABLES, STANDING_CORE_TABLE } from '../../src/db/schema.sql.ts';
import { registeredFilePath } from '../../src/db/engine-settings.ts';
import { sql, sqlIdentifier, sqlRaw, sqlStringLiteral } from '../../src/db/sql.ts';
import { CSV_TABLES, DATASETS_TABLE } from '../../src/db/tables.ts';
import {
  BUNDLED_DATABASE_NAME,
  HELD_WITHIN,
  LEFT_OUT_OF_BUNDLED_DATABASE,
  SHIPPED_ONLY,
} from '../../src/ingest/bundled-database.ts';
import {
  BUNDLED_DATABASE_FILE,
  bundledDatabaseFiles,
  type BundledDatabase,
} from '../../src/ingest/bundled-database-file.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import { startWithBundledData } from '../../src/ingest/start-with-bundled-data.ts';
import { loadBundledConnector } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

let database: BundledDatabase;
let built: Connector;
let started: Connector;
let writable: Connector;
let reloaded: Connector;
const startedAt = new Date();

beforeAll(async () => {
  database = { bytes: new Uint8Array(await cachedBundledDatabase()) };
  // The SQL's build: a real load of the bundled CSVs, not the test run's restored dump.
  built = await loadBundledConnector();
  started = await createNodeConnector();
  expect(await startWithBundledData(started, bundledDatabaseFiles(database))).toBe('shipped');
  // A start, then what the first write does first.
  writable = await createNodeConnector();
  expect(await startWithBundledData(writable, bundledDatabaseFiles(database))).toBe('shipped');
  await makeWritable(writable);
  // An engine in use, then the bundled data loaded again from the file: what a reset does.
  reloaded = await loadBundledConnector();
  await reloaded.query(sql`DELETE FROM score_rows WHERE year = 2024`);
  await loadBundledData(reloaded, bundledDatabaseFiles(database));
}, 180_000);
afterAll(async () => {
  await Promise.all([built.close(), started.close(), writable.close(), reloaded.close()]);
});

const describeSql = (name: string) => sql`DESCRIBE ${sqlIdentifier(name)}`;

const namesIn = async (engine: Connector, catalog: 'duckdb_tables' | 'duckdb_views'): Promise<string[]> =>
  (
    await engine.query<{ name: string }>(
      sql`SELECT ${sqlRaw(catalog === 'duckdb_tables' ? 'table_name' : 'view_name')} AS name FROM ${sqlRaw(catalog)}() WHERE database_name = ${BUNDLED_DATABASE_NAME}`,
    )
  ).map(({ name }) => name);

describe('the bundled database file', () => {
  it("holds the tables a start makes from it as views, and score_rows only within the standing's core", async () => {
    const tables = await namesIn(started, 'duckdb_tables');
    expect(tables).toContain(STANDING_CORE_TABLE);
    expect(HELD_WITHIN.score_rows).toBe(STANDING_CORE_TABLE);
    for (const table of LEFT_OUT_OF_BUNDLED_DATABASE) expect(tables).not.toContain(table);
    const views = await namesIn(started, 'duckdb_views');
    for (const table of LEFT_OUT_OF_BUNDLED_DATABASE) expect(views).toContain(table);
  });

  it('is read in place after a start: attached read-only as the default database, nothing copied in', async () => {
    expect(readsInPlace(started)).toBe(true);
    const [current] = await started.query<{ name: string }>(sql`SELECT current_database() AS name`);
    expect(current?.name).toBe(BUNDLED_DATABASE_NAME);
    await expect(started.query(sql`CREATE TABLE written AS SELECT 1 AS one`)).rejects.toThrow(/read-only/);
    const copied = await started.query(
      sql`SELECT table_name FROM duckdb_tables() WHERE database_name = 'memory'`,
    );
    expect(copied).toEqual([]);
  });

  it('is written in small blocks, so a start copies and attaches little more than its data', async () => {
    const [size] = await started.query<{ block_size: number; total_blocks: number }>(
      sql`SELECT block_size, total_blocks FROM pragma_database_size() WHERE database_name = ${BUNDLED_DATABASE_NAME}`,
    );
    expect(size?.block_size).toBe(BUNDLED_DATABASE_BLOCK_SIZE);
    // Its blocks and DuckDB's header (under one block) are the whole file: nothing else travels to the engine.
    expect(database.bytes.length).toBeLessThanOrEqual(
      ((size?.total_blocks ?? 0) + 1) * BUNDLED_DATABASE_BLOCK_SIZE,
    );
    expect(database.bytes.length).toBeLessThan(2 * 1024 * 1024);
  });

  it("is detached and its file dropped once copied in or loaded, the caller's bytes kept for the next", async () => {
    expect(readsInPlace(writable)).toBe(false);
    for (const engine of [writable, reloaded]) {
      const attached = await engine.query<{ name: string }>(
        sql`SELECT database_name AS name FROM duckdb_databases() WHERE NOT internal`,
      );
      expect(attached.map(({ name }) => name)).not.toContain(BUNDLED_DATABASE_NAME);
      const path = sqlStringLiteral(registeredFilePath(BUNDLED_DATABASE_FILE));
      await expect(engine.query(sql`ATTACH ${path} AS again (READ_ONLY)`)).rejects.toThrow();
    }
    expect(database.bytes.length).toBeGreaterThan(100_000);
  });
});

for (const [label, engine] of [
  ['a start from the bundled database (read in place)', () => started],
  ['a start from the bundled database, made writable (copied in)', () => writable],
  ['a load of the bundled database into an engine in use', () => reloaded],
] as const) {
  describe(`${label}: the loaded tables`, () => {
    for (const table of CSV_TABLES) {
      const from = HELD_WITHIN[table] === undefined ? '' : ` (taken out of ${HELD_WITHIN[table]})`;
      it(`${table}${from}: same column types and the same rows, in file order, as its CSV loads`, async () => {
        expect(await engine().query(describeSql(table))).toEqual(await built.query(describeSql(table)));
        const select = sql`SELECT * FROM ${sqlIdentifier(table)}`;
        const rows = await built.query(select);
        expect(await engine().query(select)).toEqual(rows);
      });
    }

    it('datasets: the same sources, sample flags and row counts', async () => {
      const rows = sql`SELECT name, source, is_sample, row_count FROM ${sqlIdentifier(DATASETS_TABLE)} ORDER BY name`;
      const fromCsv = await built.query<{ row_count: number }>(rows);
      expect(fromCsv.some((row) => row.row_count > 1000)).toBe(true);
      expect(await engine().query(rows)).toEqual(fromCsv);
    });
  });

  describe(`${label}: the derived objects`, () => {
    it("are the same tables, views and macros (read in place, the standing's core too)", async () => {
      const shipped = engine() === started ? [...SHIPPED_ONLY.keys()] : [];
      expect([...(await existingObjectNames(engine()))].sort()).toEqual(
        [...(await existingObjectNames(built)), ...shipped].sort(),
      );
    });

    for (const table of DERIVED_TABLES) {
      const select = sql`SELECT * FROM ${sqlIdentifier(table)} ORDER BY ALL`;
      it(`${table}: same column types and the same rows as the SQL builds`, async () => {
        expect(await engine().query(describeSql(table))).toEqual(await built.query(describeSql(table)));
        const rows = await built.query(select);
        expect(rows.length).toBeGreaterThan(0);
        expect(await engine().query(select)).toEqual(rows);
      });
    }

    it('every view answers as over the SQL-built tables', async () => {
      for (const view of DERIVED_OBJECTS.filter((object) => object.kind === 'view')) {
        const rows = sql`SELECT * FROM ${sqlIdentifier(view.name)} ORDER BY ALL`;
        expect(await engine().query(rows), view.name).toEqual(await built.query(rows));
      }
    });
  });
}

describe('a start from the bundled database', () => {
  it("records the start's time as the load time, not the build's, read in place and copied in", async () => {
    for (const engine of [started, writable]) {
      const times = await engine.query<{ loaded_at: string }>(
        sqlRaw(`SELECT DISTINCT loaded_at FROM ${sqlIdentifier(DATASETS_TABLE).text}`),
      );
      expect(times).toHaveLength(1);
      const loadedAt = new Date(times[0]?.loaded_at ?? '').getTime();
      expect(loadedAt).toBeGreaterThanOrEqual(startedAt.getTime());
    }
  });
});

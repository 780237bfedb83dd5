// The bundled database the build ships (the bundled data loaded, its derived tables, views and macros built, at build
// time) must give what loading the bundled CSVs with the app's SQL gives: at a start (a fresh engine copies it in and
// makes what it leaves out) and at a load into an engine already in use (a reset, another tab's change), the same
// column types and rows (a loaded table's in file order), the same `datasets` rows but their load time, the same
// derived objects, and every view answers as over the SQL's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedBundledDatabase } from '../../data/scripts/bundled-database-cache.ts';
import type { Connector } from '../../src/db/connector.ts';
import { existingObjectNames } from '../../src/db/existing-objects.ts';
import { DERIVED_OBJECTS, DERIVED_TABLES, STANDING_CORE_TABLE } from '../../src/db/schema.sql.ts';
import { registeredFilePath } from '../../src/db/engine-settings.ts';
import { sql, sqlIdentifier, sqlRaw, sqlStringLiteral } from '../../src/db/sql.ts';
import { CSV_TABLES, DATASETS_TABLE } from '../../src/db/tables.ts';
import {
  BUNDLED_DATABASE_NAME,
  HELD_WITHIN,
  LEFT_OUT_OF_BUNDLED_DATABASE,
  withBundledDatabase,
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
let reloaded: Connector;
const startedAt = new Date();

beforeAll(async () => {
  database = { bytes: new Uint8Array(await cachedBundledDatabase()) };
  // The SQL's build: a real load of the bundled CSVs, not the test run's restored dump.
  built = await loadBundledConnector();
  started = await createNodeConnector();
  expect(await startWithBundledData(started, bundledDatabaseFiles(database))).toBe('shipped');
  // An engine in use, then the bundled data loaded again from the file: what a reset does.
  reloaded = await loadBundledConnector();
  await reloaded.query(sql`DELETE FROM score_rows WHERE year = 2024`);
  await loadBundledData(reloaded, bundledDatabaseFiles(database));
}, 180_000);
afterAll(async () => {
  await Promise.all([built.close(), started.close(), reloaded.close()]);
});

const describeSql = (name: string) => sql`DESCRIBE ${sqlIdentifier(name)}`;

describe('the bundled database file', () => {
  it("holds neither the tables a start makes from it nor score_rows, which the standing's core holds", async () => {
    const inFile = await withBundledDatabase(started, database, () =>
      started.query<{ name: string }>(
        sql`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ${BUNDLED_DATABASE_NAME}`,
      ),
    );
    const names = inFile.map(({ name }) => name);
    expect(names).toContain(STANDING_CORE_TABLE);
    expect(HELD_WITHIN.score_rows).toBe(STANDING_CORE_TABLE);
    for (const table of LEFT_OUT_OF_BUNDLED_DATABASE) expect(names).not.toContain(table);
  });

  it("is detached and its file dropped after a load, the caller's bytes kept for the next", async () => {
    for (const engine of [started, reloaded]) {
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
  ['a start from the bundled database', () => started],
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
    it('are the same tables, views and macros', async () => {
      expect([...(await existingObjectNames(engine()))].sort()).toEqual(
        [...(await existingObjectNames(built))].sort(),
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
  it("records the start's time as the load time, not the build's", async () => {
    const times = await started.query<{ loaded_at: string }>(
      sqlRaw(`SELECT DISTINCT loaded_at FROM ${sqlIdentifier(DATASETS_TABLE).text}`),
    );
    expect(times).toHaveLength(1);
    const loadedAt = new Date(times[0]?.loaded_at ?? '').getTime();
    expect(loadedAt).toBeGreaterThanOrEqual(startedAt.getTime());
  });
});

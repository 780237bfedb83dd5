import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql, sqlIdentifier, sqlRaw } from '../../src/db/sql.ts';
import { createLoadedConnector, loadBundledConnector } from '../helpers/data-files.ts';
import { BUNDLED_DUMP_DIR_ENV, dumpDatabase, listTables, restoreDatabase } from '../helpers/database-dump.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

// The restored copy every DuckDB test file starts from must be the database a load builds: same
// tables (DDL included), views and macros, same column types, same rows.

let loaded: Connector;
let restored: Connector;
let restoreStartedAt: number;
beforeAll(async () => {
  restoreStartedAt = Date.now();
  // The dump is written by an engine that may write files, as the global setup's is.
  [loaded, restored] = [await loadBundledConnector({ diskAccess: true }), await createLoadedConnector()];
});
afterAll(async () => {
  await Promise.all([loaded.close(), restored.close()]);
});

const VIEWS_SQL = sqlRaw(
  `SELECT view_name AS name, sql FROM duckdb_views() WHERE database_name = current_database() AND NOT internal ORDER BY view_name`,
);
const MACROS_SQL = sqlRaw(
  `SELECT function_name AS name, macro_definition AS sql FROM duckdb_functions()
   WHERE database_name = current_database() AND function_type = 'macro' AND NOT internal ORDER BY function_name`,
);

async function relationNames(conn: Connector): Promise<string[]> {
  const tables = (await listTables(conn)).map(({ name }) => name);
  const views = (await conn.query<{ name: string }>(VIEWS_SQL)).map(({ name }) => name);
  return [...tables, ...views];
}

// loaded_at is the moment of each load, so it is the one column left out of the comparison.
const rowsOf = (conn: Connector, relation: string) =>
  conn.query(
    relation === 'datasets'
      ? sql`SELECT * EXCLUDE (loaded_at) FROM ${sqlIdentifier(relation)} ORDER BY ALL`
      : sql`SELECT * FROM ${sqlIdentifier(relation)} ORDER BY ALL`,
  );

describe('the bundled data set restored from the run-wide dump', () => {
  it('is what createLoadedConnector returns under vitest', () => {
    expect(process.env[BUNDLED_DUMP_DIR_ENV]).toEqual(expect.any(String));
  });

  it('has the same tables, views and macros as a load, with the same definitions', async () => {
    expect(await listTables(restored)).toEqual(await listTables(loaded));
    expect(await restored.query(VIEWS_SQL)).toEqual(await loaded.query(VIEWS_SQL));
    expect(await restored.query(MACROS_SQL)).toEqual(await loaded.query(MACROS_SQL));
    expect(await relationNames(loaded)).toEqual(expect.arrayContaining(['datasets', 'scores', 'groups']));
  });

  it('gives every table and view the same column types and rows as a load', async () => {
    for (const relation of await relationNames(loaded)) {
      const describe = sql`DESCRIBE ${sqlIdentifier(relation)}`;
      expect(await restored.query(describe), relation).toEqual(await loaded.query(describe));
      const rows = await rowsOf(loaded, relation);
      // Survey indicators come only from an imported official workbook: none bundled.
      if (relation !== 'survey_indicators') expect(rows.length, relation).toBeGreaterThan(0);
      expect(await rowsOf(restored, relation), relation).toEqual(rows);
    }
  });

  it('stamps the datasets as loaded when restored, as a load would', async () => {
    const stamps = await restored.query<{ loaded_at: string }>(sqlRaw('SELECT loaded_at FROM datasets'));
    expect(stamps.length).toBeGreaterThan(0);
    for (const { loaded_at } of stamps)
      expect(Date.parse(loaded_at)).toBeGreaterThanOrEqual(restoreStartedAt);
  });

  // Last: it adds a table to the loaded database.
  it('keeps values a CSV could blur: empty text apart from missing, quotes, new lines, every double', async () => {
    const edgeCases = sqlRaw(`SELECT * FROM edge_cases ORDER BY id`);
    await loaded.query(
      sqlRaw(`CREATE TABLE edge_cases AS SELECT * FROM (VALUES
        (1, '', NULL::DOUBLE), (2, NULL, 0.1), (3, 'say "hi", twice', 1 / 3), (4, 'line one
line two', -1e-300), (5, ' padded ', 123456789.123456789)) v(id, text, number)`),
    );
    const dir = mkdtempSync(join(tmpdir(), 'papi-dump-test-'));
    const copy = await createNodeConnector();
    try {
      await dumpDatabase(loaded, dir);
      await restoreDatabase(copy, dir);
      expect(await copy.query(edgeCases)).toEqual(await loaded.query(edgeCases));
    } finally {
      await copy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

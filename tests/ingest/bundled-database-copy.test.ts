// The first write on an engine that reads the bundled database in place copies it in (src/ingest/bundled-database.ts,
// src/db/engine-writable.ts). A copy that fails part-way, inside DuckDB, rolls back whole: the engine still reads the
// file, nothing half-copied is left in memory, and the next write's copy succeeds. Real DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedBundledDatabase } from '../../data/scripts/bundled-database-cache.ts';
import type { Connector } from '../../src/db/connector.ts';
import { makeWritable, readsInPlace } from '../../src/db/engine-writable.ts';
import { sql, sqlRaw } from '../../src/db/sql.ts';
import { bundledDatabaseFiles } from '../../src/ingest/bundled-database-file.ts';
import { BUNDLED_DATABASE_NAME } from '../../src/ingest/bundled-database.ts';
import { startWithBundledData } from '../../src/ingest/start-with-bundled-data.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

let real: Connector;
let engine: Connector;
let failuresLeft = 1;

beforeAll(async () => {
  real = await createNodeConnector();
  // The copy's script, the first time, fails inside DuckDB just before its COMMIT, after everything else has run.
  engine = {
    ...real,
    query: (query) =>
      failuresLeft > 0 && query.text.includes('COPY FROM DATABASE')
        ? ((failuresLeft -= 1),
          real.query({
            ...query,
            text: query.text.replace('COMMIT', "SELECT error('simulated failure'); COMMIT"),
          }))
        : real.query(query),
  };
  const database = { bytes: new Uint8Array(await cachedBundledDatabase()) };
  expect(await startWithBundledData(engine, bundledDatabaseFiles(database))).toBe('shipped');
}, 120_000);
afterAll(async () => {
  await real.close();
});

const standingRows = async (): Promise<number> => {
  const [row] = await engine.query<{ rows: number }>(
    sqlRaw('SELECT count(*)::INTEGER AS rows FROM indicator_standing'),
  );
  return row?.rows ?? 0;
};

describe('copying the bundled database in, on the first write', () => {
  it('rolls back whole when it fails: the file still answers, nothing is left in memory, the next write copies it', async () => {
    const before = await standingRows();
    expect(before).toBeGreaterThan(10_000);

    await expect(makeWritable(engine)).rejects.toThrow('simulated failure');
    expect(readsInPlace(engine)).toBe(true);
    const [current] = await engine.query<{ name: string }>(sql`SELECT current_database() AS name`);
    expect(current?.name).toBe(BUNDLED_DATABASE_NAME);
    expect(
      await engine.query(sql`SELECT table_name FROM duckdb_tables() WHERE database_name = 'memory'`),
    ).toEqual([]);
    expect(await standingRows()).toBe(before);

    await makeWritable(engine);
    expect(readsInPlace(engine)).toBe(false);
    const [after] = await engine.query<{ name: string }>(sql`SELECT current_database() AS name`);
    expect(after?.name).toBe('memory');
    const kinds = await engine.query<{ name: string }>(
      sql`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = 'memory' AND table_name IN ('indicator_standing', 'rankings', 'scores', 'score_rows') ORDER BY name`,
    );
    expect(kinds.map(({ name }) => name)).toEqual(['indicator_standing', 'rankings', 'score_rows', 'scores']);
    expect(await standingRows()).toBe(before);
    await engine.query(sql`CREATE TABLE written AS SELECT 1 AS one`);
  });
});

// The engine runs under a memory limit well below the wasm heap's 4 GiB wall, so a runaway console query is
// refused by DuckDB with an "Out of Memory Error" instead of breaking the engine; the app's data fits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleMemoryLimitError, runConsoleQuery } from '../../src/console/console-query.ts';
import { classifyEngineError } from '../../src/db/engine-failure.ts';
import { ENGINE_MEMORY_LIMIT } from '../../src/db/engine-settings.ts';
import { sql } from '../../src/db/sql.ts';
import type { ConsoleConnection } from '../../src/db/console-connection.ts';
import { createNodeConsoleDatabase, type NodeConsoleDatabase } from '../helpers/node-console-db.ts';

const WASM_HEAP_WALL_BYTES = 4 * 1024 ** 3;

let database: NodeConsoleDatabase;
let consoleConn: ConsoleConnection;
beforeAll(async () => {
  database = await createNodeConsoleDatabase();
  consoleConn = database.openConsoleConnection();
});
afterAll(async () => {
  await consoleConn.close();
  await database.connector.close();
});

const one = async (text: string): Promise<unknown> => {
  const [row] = await database.connector.query<{ value: unknown }>({ text, params: [] });
  return row?.value;
};

const UNIT_BYTES: Record<string, number> = { KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/** DuckDB's way of writing a size ("2.0 GiB") in bytes. */
function sizeInBytes(size: string): number {
  const match = /^([\d.]+) (KiB|MiB|GiB)$/.exec(size);
  return match === null ? Number.NaN : Number(match[1]) * (UNIT_BYTES[match[2] ?? ''] ?? Number.NaN);
}

describe('engine memory limit', () => {
  it('keeps at least half of the wasm heap out of DuckDB’s reach, with the bundled data far inside the limit', async () => {
    const limit = sizeInBytes(String(await one("SELECT current_setting('memory_limit') AS value")));
    expect(limit).toBeGreaterThan(0);
    expect(limit).toBeLessThanOrEqual(WASM_HEAP_WALL_BYTES / 2);
    const used = Number(await one('SELECT sum(memory_usage_bytes)::DOUBLE AS value FROM duckdb_memory()'));
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(limit / 10);
  });

  it('refuses a console query that needs more memory than the limit, and the engine answers after it', async () => {
    // A lower limit so the test need not allocate 2 GiB; the same DuckDB rule applies at any limit.
    await database.connector.query(sql`SET memory_limit='64MB'`);
    try {
      const refused = await runConsoleQuery(
        consoleConn,
        'SELECT length(list(range)) FROM range(50000000)',
      ).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ConsoleMemoryLimitError);
      // DuckDB's first line only: its advice (SET memory_limit, a temporary folder) is not for the console.
      expect((refused as Error).message).toMatch(/^Out of Memory Error: [^\n]+\(.+ used\)$/);
      expect(classifyEngineError(refused), 'not taken for a dead engine').toBe('memory');
      const after = await runConsoleQuery(consoleConn, 'SELECT count(*) AS n FROM provinces');
      expect(after.rows).toEqual([[97]]);
    } finally {
      await database.connector.query({ text: `SET memory_limit='${ENGINE_MEMORY_LIMIT}'`, params: [] });
    }
  });
});

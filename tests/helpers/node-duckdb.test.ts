// The test engines reuse the wasm instance of an engine a test has closed (a reset and reopen instead of
// ~1.5 s of compiling): the next engine must start as empty as a new instance would.
import { describe, expect, it } from 'vitest';
import { registeredFilePath } from '../../src/db/engine-settings.ts';
import { sql, sqlStringLiteral } from '../../src/db/sql.ts';
import { startNodeEngine } from './node-duckdb.ts';

describe('a test engine started after another was closed', () => {
  it('reuses its instance but sees none of its tables, files or settings', async () => {
    const first = await startNodeEngine();
    const file = registeredFilePath('left-behind.csv');
    await first.connector.registerFileText(file, 'a\n1\n');
    await first.connector.query(sql`CREATE TABLE left_behind AS SELECT 1 AS a`);
    const memoryLimit = sql`SELECT current_setting('memory_limit') AS v`;
    const appLimit = await first.connector.query(memoryLimit);
    await first.connector.query(sql`SET memory_limit='64MB'`);
    await first.connector.close();

    const second = await startNodeEngine();
    try {
      expect(second.db, 'the closed engine’s instance is reused').toBe(first.db);
      expect(await second.connector.query(sql`SELECT count(*) AS n FROM duckdb_tables()`)).toEqual([
        { n: 0 },
      ]);
      const readLeftBehind = second.connector.query(sql`SELECT * FROM read_csv(${sqlStringLiteral(file)})`);
      await expect(readLeftBehind).rejects.toThrow(/No files found|does not exist/);
      expect(await second.connector.query(memoryLimit)).toEqual(appLimit);
    } finally {
      await second.connector.close();
    }
  });
});

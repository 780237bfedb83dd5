import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { registeredFilePath } from '../../src/db/engine-settings.ts';
import { sql, sqlStringLiteral } from '../../src/db/sql.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createNodeConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('node connector', () => {
  it('returns plain rows with numbers, not BigInt', async () => {
    const rows = await conn.query(
      sql`SELECT 42::BIGINT AS n, count(*) AS c, 1.25::DECIMAL(5,2) AS d, DATE '2024-09-30' AS day, ${'x'} AS s, NULL AS z FROM range(3)`,
    );
    expect(rows).toEqual([{ n: 42, c: 3, d: 1.25, day: '2024-09-30', s: 'x', z: null }]);
  });

  it('binds params', async () => {
    const rows = await conn.query<{ v: number }>(sql`SELECT ${2} + ${3} AS v`);
    expect(rows[0]?.v).toBe(5);
  });

  it('reads registered CSV text', async () => {
    const file = registeredFilePath('t.csv');
    await conn.registerFileText(file, 'a,b\n1,x\n2,y\n');
    const rows = await conn.query(
      sql`SELECT * FROM read_csv(${sqlStringLiteral(file)}, header=true, delim=',', columns={'a': 'INTEGER', 'b': 'VARCHAR'})`,
    );
    expect(rows).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
    ]);
  });

  it('rethrows engine errors with the SQL attached', async () => {
    await expect(conn.query(sql`SELECT * FROM no_such_table WHERE x = ${1}`)).rejects.toThrow(
      /no_such_table[\s\S]*SQL: SELECT \* FROM no_such_table/,
    );
  });

  it('fails fast on extension functions instead of fetching them', async () => {
    // With autoloading on, the query below would try to fetch the parquet extension and hang (the Node
    // build blocks), so the settings are checked first and the test fails here instead.
    const [settings] = await conn.query(
      sql`SELECT current_setting('autoload_known_extensions') AS autoload,
                 current_setting('autoinstall_known_extensions') AS autoinstall`,
    );
    expect(settings, 'extension autoloading must be off').toEqual({ autoload: false, autoinstall: false });
    await expect(conn.query(sql`SELECT * FROM read_parquet('x.parquet')`)).rejects.toThrow();
  });
});

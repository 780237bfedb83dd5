// What the engine holds, as an import's swap sees it: the app's own tables, views and macros, not an attached
// database's (an object there must not count as built, or the swap would skip creating the app's own).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { existingObjectNames } from '../../src/db/existing-objects.ts';
import { sqlRaw } from '../../src/db/sql.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

describe('existingObjectNames', () => {
  let conn: Connector;
  beforeAll(async () => {
    conn = await createLoadedConnector();
  });
  afterAll(async () => {
    await conn.close();
  });

  it("names the app's derived tables, views and macros, and nothing of an attached database", async () => {
    await conn.query(
      sqlRaw(`ATTACH ':memory:' AS other;
        CREATE TABLE other.main.only_attached_table (x INTEGER);
        CREATE VIEW other.main.only_attached_view AS SELECT 1 AS x;`),
    );
    try {
      const names = await existingObjectNames(conn);
      expect(names.has('scores')).toBe(true);
      expect(names.has('indicator_comparability')).toBe(true);
      expect(names.has('papi_period_end')).toBe(true);
      expect(names.has('only_attached_table')).toBe(false);
      expect(names.has('only_attached_view')).toBe(false);
    } finally {
      await conn.query(sqlRaw('DETACH other'));
    }
  });
});

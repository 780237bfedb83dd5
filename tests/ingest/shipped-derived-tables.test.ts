// The derived tables shipped with the app (computed at build time, inserted at a start instead of computed), and
// those built over them, must be what the app's SQL builds from the bundled data: same column types and rows in the
// same order, and every view over them answers as over the SQL's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedShippedDerivedTables } from '../../data/scripts/shipped-derived-tables-cache.ts';
import type { Connector } from '../../src/db/connector.ts';
import { DERIVED_OBJECTS, DERIVED_TABLES } from '../../src/db/schema.sql.ts';
import { sql, sqlIdentifier, sqlRaw } from '../../src/db/sql.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import {
  loadShippedDerivedTables,
  SHIPPED_DERIVED_TABLES,
  shippedDerivedTableFile,
} from '../../src/ingest/shipped-derived-tables.ts';
import { loadBundledConnector, readBundledFiles } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

let built: Connector;
let shipped: Connector;
beforeAll(async () => {
  // The SQL's build: a real load of the bundled CSVs, not the test run's restored dump.
  built = await loadBundledConnector();
  shipped = await createNodeConnector();
  await loadBundledData(shipped, readBundledFiles(), { buildDerived: false });
  const files = await cachedShippedDerivedTables();
  const streams = new Map(
    SHIPPED_DERIVED_TABLES.map((table) => [
      table,
      new Uint8Array(files[shippedDerivedTableFile(table)] ?? []),
    ]),
  );
  await loadShippedDerivedTables(shipped, streams);
}, 120_000);
afterAll(async () => {
  await Promise.all([built.close(), shipped.close()]);
});

const describeSql = (name: string) => sql`DESCRIBE ${sqlIdentifier(name)}`;

describe('the derived tables at a start with the shipped ones', () => {
  for (const table of DERIVED_TABLES) {
    const isShipped = SHIPPED_DERIVED_TABLES.includes(table);
    // A shipped table keeps the build's row order; one built by SQL over them is compared as SQL promises, sorted.
    const how = isShipped ? 'shipped, rows in table order' : 'built over the shipped ones, rows sorted';
    const select = sql`SELECT * FROM ${sqlIdentifier(table)}${sqlRaw(isShipped ? '' : ' ORDER BY ALL')}`;
    it(`${table} (${how}): same column types and the same rows, row by row, as the SQL builds`, async () => {
      expect(await shipped.query(describeSql(table))).toEqual(await built.query(describeSql(table)));
      const rows = await built.query(select);
      expect(rows.length).toBeGreaterThan(0);
      expect(await shipped.query(select)).toEqual(rows);
    });
  }

  it('carry every view, whose answers are the same as over the SQL-built tables', async () => {
    for (const view of DERIVED_OBJECTS.filter((object) => object.kind === 'view')) {
      const rows = sql`SELECT * FROM ${sqlIdentifier(view.name)} ORDER BY ALL`;
      expect(await shipped.query(rows), view.name).toEqual(await built.query(rows));
    }
  });
});

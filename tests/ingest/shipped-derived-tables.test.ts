// The tables shipped with the app (the bundled data's loaded tables and the derived tables, computed at build time and
// inserted at a start instead of read from the CSVs and computed), and those built over them, must be what loading
// the bundled CSVs and the app's SQL give: same column types and rows (a loaded table's in file order), the same
// `datasets` rows but their load time, and every view over them answers as over the SQL's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedShippedTables } from '../../data/scripts/shipped-derived-tables-cache.ts';
import type { Connector } from '../../src/db/connector.ts';
import { DERIVED_OBJECTS, DERIVED_TABLES } from '../../src/db/schema.sql.ts';
import { sql, sqlIdentifier, sqlRaw } from '../../src/db/sql.ts';
import { CSV_TABLES, DATASETS_TABLE, type TableName } from '../../src/db/tables.ts';
import type { TableFile } from '../../src/ingest/load-tables.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import { loadShippedDerivedTables, SHIPPED_DERIVED_TABLES } from '../../src/ingest/shipped-derived-tables.ts';
import {
  loadedTableShippedFile,
  SHIPPED_WITHIN,
  shippedLoadedTableFile,
  shippedTableFile,
} from '../../src/ingest/shipped-table-file.ts';
import { loadBundledConnector } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

let built: Connector;
let shipped: Connector;
beforeAll(async () => {
  // The SQL's build: a real load of the bundled CSVs, not the test run's restored dump.
  built = await loadBundledConnector();
  shipped = await createNodeConnector();
  const files = await cachedShippedTables();
  // The start's load of the bundled data, from the shipped rows (src/ingest/bundled-files.ts).
  const loaded = CSV_TABLES.map((table) => [
    table,
    shippedLoadedTableFile(table, new Uint8Array(files[loadedTableShippedFile(table)] ?? [])),
  ]);
  await loadBundledData(shipped, Object.fromEntries(loaded) as Record<TableName, TableFile>, {
    buildDerived: false,
  });
  const streams = new Map(
    SHIPPED_DERIVED_TABLES.map((table) => [table, new Uint8Array(files[shippedTableFile(table)] ?? [])]),
  );
  await loadShippedDerivedTables(shipped, streams);
}, 120_000);
afterAll(async () => {
  await Promise.all([built.close(), shipped.close()]);
});

const describeSql = (name: string) => sql`DESCRIBE ${sqlIdentifier(name)}`;

describe('the loaded tables at a start from the shipped rows', () => {
  it('score_rows ships inside rankings, with no file of its own', async () => {
    const files = await cachedShippedTables();
    expect(SHIPPED_WITHIN.score_rows).toBe('rankings');
    expect(Object.keys(files)).not.toContain(shippedTableFile('score_rows'));
    expect(Object.keys(files)).toContain(shippedTableFile('rankings'));
  });

  for (const table of CSV_TABLES) {
    const from =
      SHIPPED_WITHIN[table] === undefined ? '' : ` (taken out of the shipped ${SHIPPED_WITHIN[table]})`;
    it(`${table}${from}: same column types and the same rows, in file order, as its CSV loads`, async () => {
      expect(await shipped.query(describeSql(table))).toEqual(await built.query(describeSql(table)));
      const select = sql`SELECT * FROM ${sqlIdentifier(table)}`;
      expect(await shipped.query(select)).toEqual(await built.query(select));
    });
  }

  it('datasets: the same sources, sample flags and row counts', async () => {
    const rows = sql`SELECT name, source, is_sample, row_count FROM ${sqlIdentifier(DATASETS_TABLE)} ORDER BY name`;
    const fromCsv = await built.query<{ row_count: number }>(rows);
    expect(fromCsv.some((row) => row.row_count > 1000)).toBe(true);
    expect(await shipped.query(rows)).toEqual(fromCsv);
  });
});

describe('the derived tables at a start with the shipped ones', () => {
  for (const table of DERIVED_TABLES) {
    const isShipped = SHIPPED_DERIVED_TABLES.includes(table);
    // A shipped table keeps the build's row order but one that holds a loaded table's rows (its file order comes
    // first); one built by SQL over them is compared as SQL promises, sorted.
    const inOrder = isShipped && !Object.values(SHIPPED_WITHIN).includes(table);
    const how = isShipped
      ? `shipped, rows ${inOrder ? 'in table order' : 'sorted'}`
      : 'built over the shipped ones, rows sorted';
    const select = sql`SELECT * FROM ${sqlIdentifier(table)}${sqlRaw(inOrder ? '' : ' ORDER BY ALL')}`;
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

// Derived tables of the bundled data, computed at build time by the app's own SQL on Node DuckDB
// (data/scripts/build-shipped-derived-tables.ts) and shipped as Arrow IPC streams. A start with no kept import that
// applies inserts them instead of computing them, then creates the other derived objects over them. Anything that
// changes the loaded tables (an import, a reset, another tab's change) still rebuilds from SQL.

import type { Connector } from '../db/connector.ts';
import { DERIVED_TABLES, derivedStatementsAfter, SCORES_FROM_RANKINGS_SQL } from '../db/schema.sql.ts';
import { sql, sqlJoin, sqlRaw } from '../db/sql.ts';
import { CSV_TABLES } from '../db/tables.ts';
import { SHIPPED_WITHIN, shippedTableFile } from './shipped-table-file.ts';

/**
 * Derived tables a start takes out of a shipped one instead of downloading them too: scores is the shipped rankings
 * without its ranks (185 KB brotli less on a first visit).
 */
const TAKEN_FROM_SHIPPED: ReadonlyMap<string, string> = new Map([['scores', SCORES_FROM_RANKINGS_SQL]]);

/**
 * The derived tables shipped ready: those whose insert saves the most engine time per byte to download. In the test
 * browser (its SQL / its insert, brotli size): scores 224 / 44 ms, 185 KB (taken from rankings instead, above);
 * rankings 117 / 40 ms, 195 KB; task_pair_states 90 / 5 ms, 6 KB; task_completion 40 / 3 ms, 3 KB.
 * indicator_standing (175 / 83 ms, but 650 KB: half a second at 10 Mbit/s) is built by its SQL over them.
 */
export const SHIPPED_DERIVED_TABLES: readonly string[] = DERIVED_TABLES.filter(
  (table) => table !== 'indicator_standing' && !TAKEN_FROM_SHIPPED.has(table),
);

/**
 * Every table the build ships a file of: each loaded table of the bundled data (the rows its CSV loads into, which a
 * start inserts instead of parsing the CSV: src/ingest/bundled-files.ts) but those a shipped table holds
 * (SHIPPED_WITHIN), and each shipped derived table.
 */
export const SHIPPED_TABLES: readonly string[] = [
  ...CSV_TABLES.filter((table) => SHIPPED_WITHIN[table] === undefined),
  ...SHIPPED_DERIVED_TABLES,
];

/** Every file the build ships (SHIPPED_TABLES'). */
export const SHIPPED_TABLE_FILES: readonly string[] = SHIPPED_TABLES.map(shippedTableFile);

/** Inserts the shipped derived tables (`tables`: each one's Arrow IPC stream) and creates every other derived object over them. */
export async function loadShippedDerivedTables(
  conn: Connector,
  tables: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  for (const table of SHIPPED_DERIVED_TABLES) {
    const bytes = tables.get(table);
    if (bytes === undefined) throw new Error(`No shipped rows for the derived table ${table}.`);
    await conn.insertArrowIpcStream(table, bytes);
  }
  // Then the tables taken out of them, and what is left to create, in dependency order: what a first build
  // creates besides those.
  const there = new Set([...SHIPPED_DERIVED_TABLES, ...TAKEN_FROM_SHIPPED.keys()]);
  const statements = [...TAKEN_FROM_SHIPPED.values(), ...derivedStatementsAfter([], there)].map((statement) =>
    sqlRaw(statement),
  );
  await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(statements, ';\n')}; COMMIT`);
}

/** The performance mark a start leaves once the derived tables are there, its detail saying how: 'shipped' or 'sql'. */
export const DERIVED_TABLES_MARK = 'papi:derived-tables';

// Derived tables of the bundled data, computed at build time by the app's own SQL on Node DuckDB
// (data/scripts/build-shipped-derived-tables.ts) and shipped as Arrow IPC streams. A start with no kept import that
// applies inserts them instead of computing them, then creates the other derived objects over them. Anything that
// changes the loaded tables (an import, a reset, another tab's change) still rebuilds from SQL.

import type { Connector } from '../db/connector';
import { DERIVED_TABLES, derivedStatementsAfter } from '../db/schema.sql';
import { sql, sqlJoin, sqlRaw } from '../db/sql';
import { buildDerivedTables } from './load-tables';

/**
 * The derived tables shipped ready: those whose insert saves the most engine time per byte to download. In the test
 * browser (its SQL / its insert, brotli size): scores 224 / 44 ms, 185 KB; rankings 117 / 40 ms, 195 KB;
 * task_pair_states 90 / 5 ms, 6 KB; task_completion 40 / 3 ms, 3 KB. indicator_standing (175 / 83 ms, but 650 KB: half
 * a second at 10 Mbit/s) is built by its SQL over them.
 */
export const SHIPPED_DERIVED_TABLES: readonly string[] = DERIVED_TABLES.filter(
  (table) => table !== 'indicator_standing',
);

/** Where a shipped derived table sits in the built app (dist/), relative to the page. */
export const shippedDerivedTableFile = (table: string): string => `derived/${table}.arrow`;

/** The shipped tables' bytes per table, or null when one is missing (the dev server, a failed download). */
type ShippedTables = Map<string, ArrayBuffer> | null;

let fetched: Promise<ShippedTables> | null = null;

async function fetchShipped(): Promise<ShippedTables> {
  const responses = await Promise.all(
    SHIPPED_DERIVED_TABLES.map((table) => fetch(new URL(shippedDerivedTableFile(table), document.baseURI))),
  );
  if (!responses.every((response) => response.ok)) return null;
  const buffers = await Promise.all(responses.map((response) => response.arrayBuffer()));
  return new Map(SHIPPED_DERIVED_TABLES.map((table, index) => [table, buffers[index] ?? new ArrayBuffer(0)]));
}

/** Starts downloading the shipped derived tables (once). */
export function prefetchShippedDerivedTables(): void {
  fetched ??= fetchShipped().catch(() => null);
}

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
  // What is left to create, in dependency order, is what a first build creates besides them.
  const statements = derivedStatementsAfter([], new Set(SHIPPED_DERIVED_TABLES)).map((statement) =>
    sqlRaw(statement),
  );
  await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(statements, ';\n')}; COMMIT`);
}

/** The performance mark a start leaves once the derived tables are there, its detail saying how: 'shipped' or 'sql'. */
export const DERIVED_TABLES_MARK = 'papi:derived-tables';

/**
 * Creates the derived tables, views and macros over the bundled data as it was loaded: from the shipped
 * tables when they downloaded, else (or should inserting them fail) by running the SQL, as before.
 */
export async function loadShippedOrBuildDerivedTables(conn: Connector): Promise<void> {
  prefetchShippedDerivedTables();
  const shipped = await fetched;
  // The engine's worker takes the buffers it is handed (a copy cost ~40 ms in Chromium): a later start, after a
  // restart, downloads them again (from the browser's cache).
  fetched = null;
  const source = shipped !== null && (await insertedShipped(conn, shipped)) ? 'shipped' : 'sql';
  if (source === 'sql') await buildDerivedTables(conn);
  // For the start-up measurements and the browser tests: which way the derived tables came.
  performance.mark(DERIVED_TABLES_MARK, { detail: { source } });
}

/** Whether the shipped tables went in; if not, those half inserted are left for the SQL build, which replaces every one. */
async function insertedShipped(conn: Connector, shipped: ReadonlyMap<string, ArrayBuffer>): Promise<boolean> {
  const streams = new Map([...shipped].map(([table, buffer]) => [table, new Uint8Array(buffer)]));
  try {
    await loadShippedDerivedTables(conn, streams);
    return true;
  } catch {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    return false;
  }
}

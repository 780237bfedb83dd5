// A start's way to the derived tables: the shipped ones (src/ingest/shipped-derived-tables.ts), downloaded from the
// built app's hashed files whose URLs the build gives (vite.config.ts), else the SQL.

import shippedTableUrls from 'virtual:shipped-derived-table-urls';
import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { buildDerivedTables } from './load-tables.ts';
import {
  DERIVED_TABLES_MARK,
  loadShippedDerivedTables,
  SHIPPED_DERIVED_TABLES,
} from './shipped-derived-tables.ts';
import { shippedTableFile } from './shipped-table-file.ts';

/** The shipped tables' bytes per table, or null when one is missing (the dev server, a failed download). */
type ShippedTables = Map<string, ArrayBuffer> | null;

let fetched: Promise<ShippedTables> | null = null;

async function fetchShipped(): Promise<ShippedTables> {
  // The dev server ships none. The build's URLs are absolute (resolved against the chunk that holds them).
  const urls = SHIPPED_DERIVED_TABLES.flatMap((table) => shippedTableUrls?.[shippedTableFile(table)] ?? []);
  if (urls.length < SHIPPED_DERIVED_TABLES.length) return null;
  const responses = await Promise.all(urls.map((url) => fetch(url)));
  if (!responses.every((response) => response.ok)) return null;
  const buffers = await Promise.all(responses.map((response) => response.arrayBuffer()));
  return new Map(SHIPPED_DERIVED_TABLES.map((table, index) => [table, buffers[index] ?? new ArrayBuffer(0)]));
}

/** Starts downloading the shipped derived tables (once). */
export function prefetchShippedDerivedTables(): void {
  fetched ??= fetchShipped().catch(() => null);
}

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

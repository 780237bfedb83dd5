// The build's name of a shipped table's file, loaded or derived (the built app's name adds a content hash), and which
// loaded table ships inside another's file. Its own module: the start's fetch of the bundled data needs it without the
// schema's SQL.

import type { TableName } from '../db/tables.ts';
import type { ArrowTableFile } from './load-tables.ts';

export const shippedTableFile = (table: string): string => `${table}.arrow`;

/**
 * Loaded tables the build ships inside a shipped derived table's file rather than in one of their own, since that
 * table holds each of their rows: score_rows' rows are rankings' sub-dimension rows (134 KB brotli less on a first
 * visit). A load takes them out of it (LOADED_ROWS_WITHIN_SHIPPED, src/db/schema.sql.ts).
 */
export const SHIPPED_WITHIN: Partial<Record<TableName, string>> = { score_rows: 'rankings' };

/** The file a loaded table's shipped rows are in: its own, or the file of the table that holds them. */
export const loadedTableShippedFile = (table: TableName): string =>
  shippedTableFile(SHIPPED_WITHIN[table] ?? table);

/** A loaded table's file for the load, from the bytes of its shipped file (loadedTableShippedFile). */
export const shippedLoadedTableFile = (table: TableName, arrowIpcStream: Uint8Array): ArrowTableFile => ({
  arrowIpcStream,
  withinShipped: SHIPPED_WITHIN[table] !== undefined,
});

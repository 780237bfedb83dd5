// The bundled database file's name and bytes, apart from the SQL that loads it (bundled-database.ts): the start's
// fetch of the bundled data (bundled-files.ts) is in the first view's code, which carries none of the schema's SQL.

import { CSV_TABLES, type TableName } from '../db/tables.ts';

/** The file's build name (the built app's adds a content hash). */
export const BUNDLED_DATABASE_FILE = 'bundled.duckdb';

/** The bundled database's bytes, fetched once per page; every loaded table's file at a load points to them. */
export interface BundledDatabase {
  readonly bytes: Uint8Array;
}

/** A table's rows in the bundled database file (bundled-database.ts): the bundled data as the build ships it. */
export interface BundledDatabaseTable {
  readonly bundledDatabase: BundledDatabase;
}

/** The bundled data as a load takes it: every loaded table's rows in `database`. */
export const bundledDatabaseFiles = (database: BundledDatabase): Record<TableName, BundledDatabaseTable> =>
  Object.fromEntries(CSV_TABLES.map((table) => [table, { bundledDatabase: database }])) as Record<
    TableName,
    BundledDatabaseTable
  >;

// A start's load of the bundled data into a fresh engine, before any view queries it: the bundled database when the
// build shipped one (every table, view and macro in one copy: bundled-database.ts), else (the dev server) the CSVs,
// whose derived tables the caller builds once it knows whether a kept import builds them.

import type { Connector } from '../db/connector.ts';
import type { TableName } from '../db/tables.ts';
import { startFromBundledDatabase } from './bundled-database.ts';
import { loadBundledData } from './load-bundled-data.ts';
import { inBundledDatabase, type TableFile } from './load-tables.ts';

/** How a start made the derived tables: copied from the bundled database, or by the SQL. */
export type DerivedTablesSource = 'shipped' | 'sql';

/** The performance mark a start leaves once the derived tables are there, its detail saying how (DerivedTablesSource). */
export const DERIVED_TABLES_MARK = 'papi:derived-tables';

/** Loads `files` into the fresh engine `conn`; 'shipped': the derived tables came too, 'sql': they are still to build. */
export async function startWithBundledData(
  conn: Connector,
  files: Record<TableName, TableFile>,
): Promise<DerivedTablesSource> {
  const first = Object.values(files)[0];
  if (inBundledDatabase(first)) {
    await startFromBundledDatabase(conn, first.bundledDatabase, new Date());
    return 'shipped';
  }
  await loadBundledData(conn, files, { buildDerived: false });
  return 'sql';
}

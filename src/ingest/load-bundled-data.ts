// Loads the bundled default data set (the files under data/) into DuckDB.

import type { Connector } from '../db/connector.ts';
import { CSV_TABLES, type TableName } from '../db/tables.ts';
import { BUNDLED_SAMPLE_TABLES, bundledSource } from './bundled-file-names.ts';
import { loadTables, type TableFile } from './load-tables.ts';

/**
 * Loads every table from the given bundled file texts, marking the progress sample as such; the derived
 * tables too, unless `buildDerived` is false (see LoadOptions).
 */
export async function loadBundledData(
  conn: Connector,
  files: Record<TableName, TableFile>,
  { buildDerived = true }: { buildDerived?: boolean } = {},
): Promise<void> {
  const sources = Object.fromEntries(CSV_TABLES.map((table) => [table, bundledSource(table)]));
  await loadTables(conn, files, { sources, sampleTables: BUNDLED_SAMPLE_TABLES, buildDerived });
}

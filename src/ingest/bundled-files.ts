// The bundled data as the start loads it, fetched as bytes while DuckDB starts and handed to DuckDB without a detour
// through a JS string: in the built app, each loaded table's rows as the build ships them (Arrow, inserted without
// parsing a CSV: the CSV reader is among the costliest code the engine compiles at a start); on the dev server, the
// CSVs.

import shippedTableUrls from 'virtual:shipped-derived-table-urls';
import { CSV_TABLES, type TableName } from '../db/tables.ts';
import { BUNDLED_FILE_NAMES } from './bundled-file-names.ts';
import type { TableFile } from './load-tables.ts';
import { loadedTableShippedFile, shippedLoadedTableFile } from './shipped-table-file.ts';

interface Fetched {
  readonly bytes: ArrayBuffer;
  readonly arrow: boolean;
}

let fetched: Promise<Record<TableName, Fetched>> | null = null;

/**
 * A table's URL: the build's shipped Arrow rows (score_rows': the shipped rankings, which hold them), else (the dev
 * server, which ships none) its CSV.
 */
async function urlOf(table: TableName): Promise<{ url: string; arrow: boolean }> {
  const shipped = shippedTableUrls?.[loadedTableShippedFile(table)];
  if (shipped !== undefined) return { url: shipped, arrow: true };
  if (!import.meta.env.DEV) throw new Error(`The build shipped no ${loadedTableShippedFile(table)}.`);
  const { BUNDLED_CSV_URLS } = await import('./bundled-csv-urls.ts');
  return { url: BUNDLED_CSV_URLS[table], arrow: false };
}

async function fetchOne(table: TableName): Promise<readonly [TableName, Fetched]> {
  const { url, arrow } = await urlOf(table);
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `Could not load the bundled data file ${BUNDLED_FILE_NAMES[table]} (HTTP ${response.status}).`,
    );
  }
  return [table, { bytes: await response.arrayBuffer(), arrow }];
}

/** Starts fetching the bundled data (once); a failure surfaces from bundledFiles(). */
export function prefetchBundledFiles(): void {
  fetched ??= Promise.all(CSV_TABLES.map(fetchOne)).then(
    (entries) => Object.fromEntries(entries) as Record<TableName, Fetched>,
  );
  fetched.catch(() => undefined);
}

/** The bundled data per table: fresh copies, since loading hands them over to DuckDB's worker. */
export async function bundledFiles(): Promise<Record<TableName, TableFile>> {
  prefetchBundledFiles();
  const files = await (fetched as Promise<Record<TableName, Fetched>>);
  const copies = CSV_TABLES.map((table) => {
    const { bytes, arrow } = files[table];
    const copy = new Uint8Array(bytes.slice(0));
    return [table, arrow ? shippedLoadedTableFile(table, copy) : copy] as const;
  });
  return Object.fromEntries(copies) as Record<TableName, TableFile>;
}

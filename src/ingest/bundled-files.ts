// The bundled data as the start loads it, fetched as bytes while DuckDB starts and handed to DuckDB without a detour
// through a JS string: in the built app, the bundled database file (src/ingest/bundled-database.ts: no CSV to parse,
// nothing to compute but a few tables); on the dev server, the CSVs.

import bundledDatabaseUrl from 'virtual:bundled-database-url';
import { CSV_TABLES, type TableName } from '../db/tables.ts';
import { BUNDLED_DATABASE_FILE, bundledDatabaseFiles } from './bundled-database-file.ts';
import { BUNDLED_FILE_NAMES } from './bundled-file-names.ts';
import { DataDownloadError } from '../db/data-download-error.ts';
import { downloadBytes } from './download/download-bytes.ts';
import type { TableFile } from './load-tables.ts';

/** The bundled data: the build's database file, or (the dev server) each table's CSV. */
type Fetched =
  { readonly database: ArrayBuffer } | { readonly csv: Readonly<Record<TableName, ArrayBuffer>> };

let fetched: Promise<Fetched> | null = null;

/** The file's bytes, downloaded (and decoded) off the page's thread. */
async function fetchBytes(url: string, name: string): Promise<ArrayBuffer> {
  const downloaded = await downloadBytes(url);
  if (downloaded.kind === 'status') throw new DataDownloadError(name, `HTTP ${downloaded.status}`);
  if (downloaded.kind === 'failed') throw new DataDownloadError(name, downloaded.message);
  return downloaded.bytes;
}

async function fetchBundled(): Promise<Fetched> {
  if (bundledDatabaseUrl !== null)
    return { database: await fetchBytes(bundledDatabaseUrl, BUNDLED_DATABASE_FILE) };
  if (!import.meta.env.DEV) throw new DataDownloadError(BUNDLED_DATABASE_FILE, 'the build shipped none');
  const { BUNDLED_CSV_URLS } = await import('./bundled-csv-urls.ts');
  const entries = await Promise.all(
    CSV_TABLES.map(async (table) => [
      table,
      await fetchBytes(BUNDLED_CSV_URLS[table], BUNDLED_FILE_NAMES[table]),
    ]),
  );
  return { csv: Object.fromEntries(entries) as Record<TableName, ArrayBuffer> };
}

/** Starts fetching the bundled data (once, or again after a failure, which surfaces from bundledFiles()). */
export function prefetchBundledFiles(): void {
  if (fetched !== null) return;
  const fetching = fetchBundled();
  fetched = fetching;
  // A failed download (offline on a first visit, a server error) is asked again by the next load, a restart's.
  fetching.catch(() => {
    if (fetched === fetching) fetched = null;
  });
}

/**
 * The bundled data per table: each table's rows in the bundled database (one copy of its bytes, which a load hands
 * over to DuckDB's worker), or fresh copies of the CSVs' bytes.
 */
export async function bundledFiles(): Promise<Record<TableName, TableFile>> {
  prefetchBundledFiles();
  const files = await (fetched as Promise<Fetched>);
  if ('database' in files) {
    return bundledDatabaseFiles({ bytes: new Uint8Array(files.database) });
  }
  const copies = CSV_TABLES.map((table) => [table, new Uint8Array(files.csv[table].slice(0))] as const);
  return Object.fromEntries(copies) as Record<TableName, TableFile>;
}

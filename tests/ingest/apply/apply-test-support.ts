// Shared by the apply and persist tests: a fingerprint of the loaded data, reading files against
// the loaded reference data, and a connector whose n-th query fails (a rejected DuckDB step).

import type { Connector } from '../../../src/db/connector';
import { sqlIdentifier, sqlRaw, sql } from '../../../src/db/sql';
import { CSV_TABLES } from '../../../src/db/tables';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context';
import type { ReadImport } from '../../../src/ingest/apply/import-outcome';
import { readImportBatch } from '../../../src/ingest/apply/read-import-batch';
import { loadBundledData } from '../../../src/ingest/load-bundled-data';
import { readImportFile } from '../../../src/ingest/read/read-import-file';
import { readBundledFiles } from '../../helpers/data-files';
import { readImportFixture } from '../import-test-context';

const BUNDLED_FILES = readBundledFiles();

/** Reloads the bundled data over whatever an earlier test imported. */
export const reloadBundledData = (conn: Connector): Promise<void> => loadBundledData(conn, BUNDLED_FILES);

// Every loaded and derived table a screen reads; datasets without loaded_at (a reload restamps it).
const FINGERPRINTED = [...CSV_TABLES, 'scores', 'rankings', 'task_completion'] as const;

/** An md5 per table over its rows in a fixed order: equal fingerprints mean byte-identical data. */
export async function fingerprintTables(conn: Connector): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const table of FINGERPRINTED) {
    const [row] = await conn.query<{ hash: string }>(
      sql`SELECT md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY CAST(t AS VARCHAR)), '')) AS hash FROM ${sqlIdentifier(table)} t`,
    );
    fingerprint[table] = row?.hash ?? '';
  }
  const datasets = await conn.query(
    sqlRaw('SELECT name, source, is_sample, row_count FROM datasets ORDER BY name'),
  );
  fingerprint.datasets = JSON.stringify(datasets);
  return fingerprint;
}

/** Reads files (fixture names or inline bytes) as one import, against the reference data loaded in `conn`. */
export async function readFiles(
  conn: Connector,
  files: readonly (string | { name: string; bytes: Uint8Array })[],
): Promise<ReadImport[]> {
  const named = files.map((file) =>
    typeof file === 'string' ? { name: file, bytes: readImportFixture(file) } : file,
  );
  return readImportBatch(named, await fetchImportContext(conn), readImportFile);
}

/** UTF-8 bytes of CSV lines, as a small inline file. */
export const csvFile = (name: string, lines: readonly string[]) => ({
  name,
  bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`),
});

/** `conn`, except that its query number `failAt` (0-based) rejects as DuckDB would; counts the queries. */
export function failingConnector(conn: Connector, failAt: number): Connector & { queries: () => number } {
  let count = 0;
  return {
    ...conn,
    query: (query) => {
      count += 1;
      if (count - 1 === failAt)
        return Promise.reject(new Error(`simulated DuckDB failure at query ${failAt}`));
      return conn.query(query);
    },
    queries: () => count,
  };
}

// Build step (run through build-output-cache.ts by the Vite plugin in vite.config.ts and the shipped tables' test):
// loads the bundled data on Node DuckDB the app's way, which builds every derived table with the app's SQL, and
// returns the rows of each loaded table and each shipped derived table as an Arrow IPC stream, as DuckDB itself
// writes them (with the bytes under NULL slots zeroed, so the same rows give the same file: arrow-null-slots.ts).

import { isDeepStrictEqual } from 'node:util';
import type { Connector } from '../../src/db/connector.ts';
import { LOADED_ROWS_WITHIN_SHIPPED } from '../../src/db/schema.sql.ts';
import { sql, sqlIdentifier, sqlRaw, sqlStringLiteral } from '../../src/db/sql.ts';
import { CSV_COLUMNS, type TableName } from '../../src/db/tables.ts';
import { SHIPPED_DERIVED_TABLES, SHIPPED_TABLES } from '../../src/ingest/shipped-derived-tables.ts';
import { SHIPPED_WITHIN, shippedTableFile } from '../../src/ingest/shipped-table-file.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import { zeroNullSlots } from './arrow-null-slots.ts';
// The same Node DuckDB and bundled files the query tests use.
import { readBundledFiles } from '../../tests/helpers/data-files.ts';
import { startNodeEngine } from '../../tests/helpers/node-duckdb.ts';

const ARROW_MAGIC = 'ARROW1';
/** The file format's leading magic and padding: 'ARROW1' and two zero bytes. */
const FILE_HEADER_BYTES = 8;
/** The file format's tail: the footer's length (int32, little-endian) and 'ARROW1'. */
const FILE_TRAILER_BYTES = 4 + ARROW_MAGIC.length;

/**
 * The stream inside an Arrow IPC file (what DuckDB-WASM's runQuery returns), which is what insertArrowFromIPCStream
 * reads: per the format (https://arrow.apache.org/docs/format/Columnar.html#ipc-file-format), the file is the
 * magic, the stream (end-of-stream marker included), a footer, the footer's length and the magic again.
 */
export function arrowFileToStream(file: Uint8Array): Uint8Array {
  const text = (from: number): string =>
    new TextDecoder().decode(file.subarray(from, from + ARROW_MAGIC.length));
  if (text(0) !== ARROW_MAGIC || text(file.length - ARROW_MAGIC.length) !== ARROW_MAGIC)
    throw new Error('Not an Arrow IPC file.');
  const footerBytes = new DataView(file.buffer, file.byteOffset).getInt32(
    file.length - FILE_TRAILER_BYTES,
    true,
  );
  return file.slice(FILE_HEADER_BYTES, file.length - FILE_TRAILER_BYTES - footerBytes);
}

/**
 * The SELECT of every row of `table`, in table order, with each text column cast to an ENUM of its values: DuckDB
 * writes those as Arrow dictionaries, which it reads back as VARCHAR: the files are a third as big (the five derived
 * tables: 4.4 MB raw instead of 13.8, 1.04 MB brotli instead of 1.32) and insert as fast; the rest is as it is.
 */
async function dictionaryEncodedSelect(conn: Connector, table: string): Promise<string> {
  const columns = await conn.query<{ name: string; type: string }>(
    sql`SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE table_name = ${table} ORDER BY column_index`,
  );
  const selected: string[] = [];
  for (const { name, type } of columns) {
    const column = sqlIdentifier(name).text;
    if (type !== 'VARCHAR') {
      selected.push(column);
      continue;
    }
    const values = await conn.query<{ value: string }>(
      sqlRaw(
        `SELECT DISTINCT ${column} AS value FROM ${sqlIdentifier(table).text} WHERE ${column} IS NOT NULL ORDER BY 1`,
      ),
    );
    const labels = values.map(({ value }) => sqlStringLiteral(value).text).join(', ');
    selected.push(values.length === 0 ? column : `CAST(${column} AS ENUM(${labels})) AS ${column}`);
  }
  return `SELECT ${selected.join(', ')} FROM ${sqlIdentifier(table).text}`;
}

/**
 * Rewrites `holder`, the shipped derived table that holds `table`'s rows (SHIPPED_WITHIN), with those rows first, in
 * `table`'s file order (a table's row order is not the SQL's to promise), then checks that a load's SELECT of them
 * (LOADED_ROWS_WITHIN_SHIPPED) gives `table` back, row for row: else the build stops, saying where they part.
 */
async function holdRowsInFileOrder(conn: Connector, table: TableName, holder: string): Promise<void> {
  const select = LOADED_ROWS_WITHIN_SHIPPED[table];
  if (!SHIPPED_DERIVED_TABLES.includes(holder) || select === undefined)
    throw new Error(
      `${table} is to ship inside ${holder}, which is not shipped or has no SELECT of its rows.`,
    );
  const [held, holding] = [sqlIdentifier(table).text, sqlIdentifier(holder).text];
  const sameRow = CSV_COLUMNS[table]
    .map(([name]) => sqlIdentifier(name).text)
    .map((column) => `h.${column} IS NOT DISTINCT FROM t.${column}`)
    .join(' AND ');
  await conn.query(
    sqlRaw(
      `CREATE OR REPLACE TABLE ${holding} AS SELECT h.* FROM ${holding} h ` +
        `LEFT JOIN (SELECT rowid AS file_row, * FROM ${held}) t ON ${sameRow} ORDER BY t.file_row NULLS LAST, h.rowid`,
    ),
  );
  const taken = await conn.query(sqlRaw(select(holding)));
  const loaded = await conn.query(sqlRaw(`SELECT * FROM ${held}`));
  const parting = loaded.findIndex((row, index) => !isDeepStrictEqual(row, taken[index]));
  if (parting >= 0 || taken.length !== loaded.length)
    throw new Error(
      `${holder} does not hold the rows of ${table} (${taken.length} taken out, ${loaded.length} loaded; ` +
        `first different row: ${parting >= 0 ? parting + 1 : loaded.length + 1}). Ship ${table} in a file of ` +
        `its own: remove it from SHIPPED_WITHIN (src/ingest/shipped-table-file.ts).`,
    );
}

/**
 * Each shipped table of the bundled data as an Arrow IPC stream, keyed by its build name (SHIPPED_TABLE_FILES; the
 * built app adds a content hash): the loaded tables as the CSV load leaves them but those a shipped one holds, and the
 * shipped derived tables.
 */
export async function buildShippedTables(): Promise<Record<string, Uint8Array>> {
  const { connection, connector } = await startNodeEngine('duckdb-node-build');
  try {
    await loadBundledData(connector, readBundledFiles());
    for (const [table, holder] of Object.entries(SHIPPED_WITHIN))
      await holdRowsInFileOrder(connector, table as TableName, holder);
    const streams: [string, Uint8Array][] = [];
    for (const table of SHIPPED_TABLES) {
      const select = await dictionaryEncodedSelect(connector, table);
      // DuckDB's own IPC bytes.
      const file = connection.useUnsafe((bindings, id) => bindings.runQuery(id, select));
      streams.push([shippedTableFile(table), zeroNullSlots(arrowFileToStream(file))]);
    }
    return Object.fromEntries(streams);
  } finally {
    await connector.close();
  }
}

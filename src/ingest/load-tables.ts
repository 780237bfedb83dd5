// Loads CSV text into DuckDB tables atomically: every file is read into a staging table first,
// and only when all have loaded are they swapped in, in one transaction. A bad file leaves the
// loaded data untouched.

import type { Connector } from '../db/connector.ts';
import { LOADED_ROWS_WITHIN_SHIPPED, SCHEMA_STATEMENTS } from '../db/schema.sql.ts';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, sqlStringLiteral, type SqlFragment } from '../db/sql.ts';
import { CSV_COLUMNS, CSV_TABLES, DATASETS_TABLE, type TableName } from '../db/tables.ts';
import { registeredFilePath } from '../db/engine-settings.ts';

/**
 * A table's rows as an Arrow IPC stream of the table its CSV loads into (same columns and types, rows in file
 * order): the bundled data as the build ships it, inserted without parsing a CSV.
 */
export interface ArrowTableFile {
  readonly arrowIpcStream: Uint8Array;
  /**
   * True: the stream is the rows of the shipped table that holds this one's (src/ingest/shipped-table-file.ts:
   * SHIPPED_WITHIN), and the load takes them out of it (LOADED_ROWS_WITHIN_SHIPPED).
   */
  readonly withinShipped?: boolean;
}

/** Normalised CSV (UTF-8, `,` delimiter, `"` quote, `.` decimals, header row) as text or UTF-8 bytes, or Arrow rows. */
export type TableFile = string | Uint8Array | ArrowTableFile;

/** A file per table to load. */
export type TableFiles = Partial<Record<TableName, TableFile>>;

const isArrow = (file: TableFile): file is ArrowTableFile =>
  typeof file === 'object' && 'arrowIpcStream' in file;

export interface LoadOptions {
  /** Where the data came from, per table (e.g. 'bundled: data/papi-scores.csv' or a file name). */
  sources: Partial<Record<TableName, string>>;
  /** Tables whose contents are illustrative (the bundled progress sample). */
  sampleTables?: readonly TableName[];
  /** Injectable clock for tests. */
  now?: () => Date;
  /**
   * False: the derived tables are left for the caller to build (buildDerivedTables, or an import's swap), as a
   * start-up does when the imports kept in this browser are applied next, before any view can query.
   */
  buildDerived?: boolean;
}

const stagingName = (table: TableName): string => `staging_${table}`;
/** Where a load puts the rows of the shipped table that holds a table's rows, before taking them out. */
const holderName = (table: TableName): string => `staging_${table}_holder`;
const fileName = (table: TableName): string => registeredFilePath(`load_${table}.csv`);
const STAGING_DATASETS = `staging_${DATASETS_TABLE}`;

/** `read_csv` of a registered file with explicit delimiter, quote and column types; auto_detect=false skips the sniffer (~30% of the read). */
export function readCsvSql(table: TableName, registeredFile: string): SqlFragment {
  const columns = CSV_COLUMNS[table]
    .map(([name, type]) => `${sqlStringLiteral(name).text}: ${sqlStringLiteral(type).text}`)
    .join(', ');
  return sql`read_csv(${sqlStringLiteral(registeredFile)}, header=true, auto_detect=false, delim=',', quote='"', escape='"', ${sqlRaw(
    `columns={${columns}}`,
  )})`;
}

const DATASETS_DDL = sqlRaw(
  `CREATE TABLE IF NOT EXISTS "${DATASETS_TABLE}" (name VARCHAR PRIMARY KEY, source VARCHAR, is_sample BOOLEAN, row_count INTEGER, loaded_at VARCHAR)`,
);

/** Loads the given tables (others keep their contents), records them in `datasets`, rebuilds the derived tables and views. */
export async function loadTables(conn: Connector, files: TableFiles, options: LoadOptions): Promise<void> {
  const tables = CSV_TABLES.filter((table) => files[table] !== undefined);
  const loadedAt = (options.now ?? (() => new Date()))().toISOString();
  // Few round trips to the worker: Arrow rows go into their staging tables as they are (or into a holder's, out of
  // which the script below takes them), one script reads every CSV into its staging table, one statement (with the
  // sources bound) writes the new `datasets`, one transaction swaps them in.
  const csvTables: TableName[] = [];
  const heldTables: TableName[] = [];
  try {
    for (const table of tables) {
      const content = files[table] ?? '';
      if (isArrow(content) && content.withinShipped === true) {
        heldTables.push(table);
        await conn.insertArrowIpcStream(holderName(table), content.arrowIpcStream);
      } else if (isArrow(content))
        await conn.insertArrowIpcStream(stagingName(table), content.arrowIpcStream);
      else {
        csvTables.push(table);
        if (typeof content === 'string') await conn.registerFileText(fileName(table), content);
        else await conn.registerFileBuffer(fileName(table), content);
      }
    }
    await conn.query(
      sqlJoin(
        [
          DATASETS_DDL,
          ...heldTables.map(
            (table) =>
              sql`CREATE OR REPLACE TABLE ${sqlIdentifier(stagingName(table))} AS ${rowsWithin(table)}`,
          ),
          ...csvTables.map(
            (table) =>
              sql`CREATE OR REPLACE TABLE ${sqlIdentifier(stagingName(table))} AS SELECT * FROM ${readCsvSql(table, fileName(table))}`,
          ),
        ],
        ';\n',
      ),
    );
    await conn.query(stagingDatasetsSql(tables, options, loadedAt));
    await swapIn(conn, tables, options.buildDerived ?? true);
  } finally {
    await dropStaging(conn, [...tables.map(stagingName), ...heldTables.map(holderName)], csvTables);
  }
}

/** The SELECT of a table's rows out of its holder's (LOADED_ROWS_WITHIN_SHIPPED). */
function rowsWithin(table: TableName): SqlFragment {
  const select = LOADED_ROWS_WITHIN_SHIPPED[table];
  if (select === undefined) throw new Error(`No shipped table holds the rows of ${table}.`);
  return sqlRaw(select(sqlIdentifier(holderName(table)).text));
}

/** `staging_datasets`: the rows of tables not loaded now, plus one row per loaded table (values bound). */
function stagingDatasetsSql(
  tables: readonly TableName[],
  options: LoadOptions,
  loadedAt: string,
): SqlFragment {
  const kept = sql`SELECT name, source, is_sample, row_count, loaded_at FROM ${sqlIdentifier(DATASETS_TABLE)}${
    tables.length > 0
      ? sql` WHERE name NOT IN (${sqlJoin(tables.map((table) => sql`${table}`))})`
      : sqlRaw('')
  }`;
  const loaded = tables.map(
    (table) =>
      sql`SELECT ${table}::VARCHAR, ${options.sources[table] ?? null}::VARCHAR, ${
        options.sampleTables?.includes(table) ?? false
      }::BOOLEAN, count(*)::INTEGER, ${loadedAt}::VARCHAR FROM ${sqlIdentifier(stagingName(table))}`,
  );
  return sql`CREATE OR REPLACE TABLE ${sqlIdentifier(STAGING_DATASETS)} AS ${sqlJoin([kept, ...loaded], ' UNION ALL ')}`;
}

// One transaction: the new tables, their datasets rows and the derived tables built from them
// appear together or not at all.
async function swapIn(conn: Connector, tables: readonly TableName[], buildDerived: boolean): Promise<void> {
  const renames = [
    ...tables.map((table) => [stagingName(table), table] as const),
    [STAGING_DATASETS, DATASETS_TABLE] as const,
  ].map(
    ([from, to]) =>
      sql`DROP TABLE IF EXISTS ${sqlIdentifier(to)}; ALTER TABLE ${sqlIdentifier(from)} RENAME TO ${sqlIdentifier(to)}`,
  );
  const schema = buildDerived ? SCHEMA_STATEMENTS.map((statement) => sqlRaw(statement)) : [];
  try {
    await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin([...renames, ...schema], ';\n')}; COMMIT`);
  } catch (error) {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}

/** Builds every derived table and view from the loaded tables, in one transaction. */
export async function buildDerivedTables(conn: Connector): Promise<void> {
  const schema = SCHEMA_STATEMENTS.map((statement) => sqlRaw(statement));
  try {
    await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(schema, ';\n')}; COMMIT`);
  } catch (error) {
    await conn.query(sql`ROLLBACK`).catch(() => undefined);
    throw error;
  }
}

async function dropStaging(
  conn: Connector,
  stagingTables: readonly string[],
  registered: readonly TableName[],
): Promise<void> {
  const names = [...stagingTables, STAGING_DATASETS];
  await conn.query(
    sqlJoin(
      names.map((name) => sql`DROP TABLE IF EXISTS ${sqlIdentifier(name)}`),
      ';\n',
    ),
  );
  for (const table of registered) {
    await conn.dropFile(fileName(table)).catch(() => undefined);
  }
}

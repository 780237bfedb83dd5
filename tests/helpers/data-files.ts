// Reads the bundled CSVs from data/ for tests that load the real default data set.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connector } from '../../src/db/connector.ts';
import { CSV_TABLES, type TableName } from '../../src/db/tables.ts';
import { BUNDLED_FILE_NAMES } from '../../src/ingest/bundled-file-names.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { BUNDLED_DUMP_DIR_ENV, restoreDatabase } from './database-dump.ts';
import { createNodeConnector, startNodeEngine } from './node-duckdb.ts';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The text of each bundled file under data/, per table. */
export function readBundledFiles(): Record<TableName, string> {
  const entries = CSV_TABLES.map(
    (table) => [table, readFileSync(DATA_DIR + BUNDLED_FILE_NAMES[table], 'utf8')] as const,
  );
  return Object.fromEntries(entries) as Record<TableName, string>;
}

/**
 * A Node connector with the bundled data loaded the app's way (every CSV read, every derived table built).
 * `diskAccess`: the engine may write files (only the global setup's dump needs it).
 */
export async function loadBundledConnector(options: { diskAccess?: boolean } = {}): Promise<Connector> {
  const conn = (await startNodeEngine('duckdb-node', options)).connector;
  await loadBundledData(conn, readBundledFiles());
  return conn;
}

/**
 * Fills a fresh engine with the bundled data and the views. Under vitest it restores the load the unit
 * project's global setup made once (tests/setup/bundled-database-dump.ts); elsewhere (scripts, benches)
 * it loads the CSVs.
 */
export async function fillWithBundledData(conn: Connector): Promise<void> {
  const dumpDir = process.env[BUNDLED_DUMP_DIR_ENV];
  if (dumpDir === undefined) await loadBundledData(conn, readBundledFiles());
  else await restoreDatabase(conn, dumpDir);
}

/** A Node connector with the bundled data loaded and the views created, in its own engine (a test may change it). */
export async function createLoadedConnector(): Promise<Connector> {
  const conn = await createNodeConnector();
  await fillWithBundledData(conn);
  return conn;
}

/** Loads the bundled files of `extra`'s tables with its CSV lines added at their end (e.g. a second plan). */
export async function loadBundledWithLines(
  conn: Connector,
  extra: Partial<Record<TableName, readonly string[]>>,
): Promise<void> {
  const bundled = readBundledFiles();
  const tables = Object.keys(extra) as TableName[];
  await loadTables(
    conn,
    Object.fromEntries(
      tables.map((table) => [table, [bundled[table].trimEnd(), ...(extra[table] ?? [])].join('\n') + '\n']),
    ),
    { sources: Object.fromEntries(tables.map((table) => [table, 'test'])) },
  );
}

/** Reads a file under tests/fixtures/db/. */
export function readDbFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/db/${name}`, import.meta.url)), 'utf8');
}

/**
 * The bundled data with the small completion fixture (plan FX/1 of P01) loaded over its plan and
 * progress tables: see tests/fixtures/db/completion/README.md for the expected figures.
 */
export async function createCompletionFixtureConnector(): Promise<Connector> {
  const conn = await createLoadedConnector();
  await loadTables(
    conn,
    {
      plans: readDbFixture('completion/plans.csv'),
      plan_tasks: readDbFixture('completion/plan-tasks.csv'),
      task_progress: readDbFixture('completion/task-progress.csv'),
    },
    { sources: { plans: 'fixture', plan_tasks: 'fixture', task_progress: 'fixture' } },
  );
  return conn;
}

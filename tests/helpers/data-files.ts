// Reads the bundled CSVs from data/ (falling back to tests/fixtures/db/bundled while data/ is being built).

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Connector } from '../../src/db/connector';
import { CSV_TABLES, type TableName } from '../../src/db/tables';
import { BUNDLED_FILE_NAMES } from '../../src/ingest/bundled-file-names';
import { loadBundledData } from '../../src/ingest/load-bundled-data';
import { createNodeConnector } from './node-duckdb';

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const FALLBACK_DIR = fileURLToPath(new URL('../fixtures/db/bundled/', import.meta.url));

/** The text of each bundled file, from data/ when present. */
export function readBundledFiles(): Record<TableName, string> {
  const entries = CSV_TABLES.map((table) => {
    const name = BUNDLED_FILE_NAMES[table];
    const path = existsSync(DATA_DIR + name) ? DATA_DIR + name : FALLBACK_DIR + name;
    return [table, readFileSync(path, 'utf8')] as const;
  });
  return Object.fromEntries(entries) as Record<TableName, string>;
}

/** A Node connector with the bundled data loaded and the views created. */
export async function createLoadedConnector(): Promise<Connector> {
  const conn = await createNodeConnector();
  await loadBundledData(conn, readBundledFiles());
  return conn;
}

/** Reads a file under tests/fixtures/db/. */
export function readDbFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/db/${name}`, import.meta.url)), 'utf8');
}

// An import's swap builds the derived objects that are missing and rebuilds those that read what it changed, so it
// needs to know which exist. Where the app built them all on the engine (a start from the bundled database, a load
// that built them, an earlier import), it knows, and asks the engine's catalog nothing (its first question cost a page
// ~200 ms); after a load that left them for later, it asks, and the import builds every one. Real DuckDB.
import { describe, expect, it } from 'vitest';
import { cachedBundledDatabase } from '../../../data/scripts/bundled-database-cache.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { existingObjectNames } from '../../../src/db/existing-objects.ts';
import { DERIVED_OBJECTS, DERIVED_TABLES } from '../../../src/db/schema.sql.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { bundledDatabaseFiles } from '../../../src/ingest/bundled-database-file.ts';
import { loadBundledData } from '../../../src/ingest/load-bundled-data.ts';
import { buildDerivedTables } from '../../../src/ingest/load-tables.ts';
import { startWithBundledData } from '../../../src/ingest/start-with-bundled-data.ts';
import { readBundledFiles } from '../../helpers/data-files.ts';
import { createNodeConnector } from '../../helpers/node-duckdb.ts';
import { csvFile, fingerprintTables, readFiles } from './apply-test-support.ts';

const CATALOG_QUESTION = /duckdb_(tables|views|functions)\s*\(/;
const scoresFile = () =>
  csvFile('scores-2023.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'Đắk Nông,2023,1.1,1.2', 'Hà Nội,2023,2.1,1.5']);

/** `conn` itself (the app knows engines by their connector), recording the text of every statement it is given. */
function recordingStatements(conn: Connector): string[] {
  const texts: string[] = [];
  const query = conn.query.bind(conn);
  conn.query = (statement) => {
    texts.push(statement.text);
    return query(statement);
  };
  return texts;
}

/** Imports the scores file into `conn`; its derived tables must then be what a whole build gives. */
async function importScoresAndCompareWithWholeBuild(conn: Connector): Promise<void> {
  const outcome = await applyImport(conn, await readFiles(conn, [scoresFile()]));
  expect(outcome.ok ? [] : outcome.problems).toEqual([]);
  const [imported] = await conn.query<{ score: number }>({
    text: `SELECT score FROM score_rows WHERE province_code = 'P43' AND year = 2023 AND indicator = '1.1'`,
    params: [],
  });
  expect(imported?.score).toBe(1.2);
  const afterImport = await fingerprintTables(conn, DERIVED_TABLES);
  await buildDerivedTables(conn);
  expect(afterImport).toEqual(await fingerprintTables(conn, DERIVED_TABLES));
}

describe('the derived objects an import finds', () => {
  it('after a start from the bundled database: the catalog is not asked, and the import rebuilds as a whole build would', async () => {
    const conn = await createNodeConnector();
    try {
      const database = { bytes: new Uint8Array(await cachedBundledDatabase()) };
      expect(await startWithBundledData(conn, bundledDatabaseFiles(database))).toBe('shipped');
      const statements = recordingStatements(conn);
      await importScoresAndCompareWithWholeBuild(conn);
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.filter((text) => CATALOG_QUESTION.test(text))).toEqual([]);
    } finally {
      await conn.close();
    }
  }, 120_000);

  it('after a load that left them for later: the import builds every one', async () => {
    const conn = await createNodeConnector();
    try {
      await loadBundledData(conn, readBundledFiles(), { buildDerived: false });
      expect((await existingObjectNames(conn)).has('indicator_standing')).toBe(false);
      await importScoresAndCompareWithWholeBuild(conn);
      const existing = await existingObjectNames(conn);
      expect(DERIVED_OBJECTS.map(({ name }) => name).filter((name) => !existing.has(name))).toEqual([]);
    } finally {
      await conn.close();
    }
  }, 120_000);
});

// An import of score rows rebuilds the derived tables that follow them for the years it changed, unless it changed
// every year the score rows hold (a file of every year): then a whole rebuild, which selects the same rows without
// filtering each by year. Either way the derived tables are what a whole build gives. Real DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { CHANGED_YEARS_TABLE, DERIVED_TABLES } from '../../../src/db/schema.sql.ts';
import { sqlRaw } from '../../../src/db/sql.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { buildDerivedTables } from '../../../src/ingest/load-tables.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { csvFile, fingerprintTables, readFiles, reloadBundledData } from './apply-test-support.ts';

interface YearRow {
  name: string;
  year: number;
  indicator: string;
  score: number;
}

/** One score row of each year in `years` (real province names and indicators), its score moved within the scale. */
async function rescoredRowPerYear(conn: Connector, years: 'every' | number): Promise<string[]> {
  const rows = await conn.query<YearRow>(
    sqlRaw(`SELECT DISTINCT ON (s.year) p.name_vi AS name, s.year, s.indicator,
        round((i.min + i.max) / 2 + (s.year % 3) / 10, 2) AS score
      FROM score_rows s JOIN provinces p ON p.code = s.province_code JOIN indicators i ON i.code = s.indicator
      WHERE ${years === 'every' ? 'true' : `s.year = ${years}`}
      ORDER BY s.year, s.province_code, s.indicator`),
  );
  return [
    'Tỉnh,Năm,Chỉ số,Điểm',
    ...rows.map((row) => `"${row.name}",${row.year},${row.indicator},${row.score}`),
  ];
}

/** Imports `lines`; returns whether its swap rebuilt by year (the changed years' table in its statements). */
async function importAndSeeRebuild(conn: Connector, lines: string[]): Promise<'by year' | 'whole'> {
  const statements: string[] = [];
  const recording: Connector = {
    ...conn,
    query: (statement) => {
      statements.push(statement.text);
      return conn.query(statement);
    },
  };
  const outcome = await applyImport(recording, await readFiles(conn, [csvFile('scores.csv', lines)]));
  expect(outcome.ok ? outcome.files.map((file) => file.replaced) : outcome.problems).toEqual([
    lines.length - 1,
  ]);
  const swap = statements.find((text) =>
    text.startsWith('BEGIN TRANSACTION; DROP TABLE IF EXISTS "score_rows"'),
  );
  expect(swap).toBeDefined();
  return swap?.includes(`FROM ${CHANGED_YEARS_TABLE}`) === true ? 'by year' : 'whole';
}

describe('the rebuild after an import of score rows', () => {
  let conn: Connector;
  beforeAll(async () => {
    conn = await createLoadedConnector();
  });
  afterAll(async () => {
    await conn.close();
  });

  it.each([
    ['one year: by year', 2023, 'by year'],
    ['every year the score rows hold: whole', 'every', 'whole'],
  ] as const)(
    '%s, and the derived tables are what a whole build gives',
    async (_, years, rebuild) => {
      await reloadBundledData(conn);
      const lines = await rescoredRowPerYear(conn, years);
      expect(lines.length).toBeGreaterThan(years === 'every' ? 10 : 1);
      expect(await importAndSeeRebuild(conn, lines)).toBe(rebuild);
      const afterImport = await fingerprintTables(conn, DERIVED_TABLES);
      await buildDerivedTables(conn);
      expect(afterImport).toEqual(await fingerprintTables(conn, DERIVED_TABLES));
    },
    120_000,
  );
});

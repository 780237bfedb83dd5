// The rebuild by year (src/db/schema.sql.ts): after score rows change in some years, rebuilding the tables that
// follow them for those years only gives every derived table exactly what a whole rebuild gives. Random changes
// (scores moved, rows or a whole sub-dimension gone, a year copied to a new one), real DuckDB.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import {
  CHANGED_YEARS_TABLE,
  DERIVED_OBJECTS,
  DERIVED_TABLES,
  derivedStatementsAfter,
} from '../../src/db/schema.sql.ts';
import { sql, sqlIdentifier, sqlJoin, sqlRaw, type SqlFragment } from '../../src/db/sql.ts';
import { DATASETS_TABLE } from '../../src/db/tables.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { fingerprintTables, reloadBundledData } from '../ingest/apply/apply-test-support.ts';

const ALL = new Set(DERIVED_OBJECTS.map((object) => object.name));

/** Each statement by the object it builds, and how: whole, or by year. */
const builds = (statements: readonly string[]): string[] =>
  statements.map((statement) => {
    const object = DERIVED_OBJECTS.find((each) => each.sql === statement || each.byYearSql === statement);
    return object === undefined ? '?' : `${object.name}${object.byYearSql === statement ? ' by year' : ''}`;
  });

describe('derivedStatementsAfter, score rows changed by year', () => {
  it('rebuilds the scores, ranks, national figures and standing by year, the small tables whole', () => {
    expect(builds(derivedStatementsAfter(['score_rows', DATASETS_TABLE], ALL, true))).toEqual([
      'scores by year',
      'dimension_counts',
      'indicator_comparability',
      'rankings by year',
      'national_stats by year',
      'indicator_standing by year',
    ]);
  });
  it('rebuilds whole what another change reaches in every year (the province list, through scored_units)', () => {
    expect(builds(derivedStatementsAfter(['score_rows', 'provinces'], ALL, true))).toEqual([
      'scores by year',
      'dimension_counts',
      'indicator_comparability',
      'rankings',
      'national_stats',
      'indicator_standing',
    ]);
  });
});

/** One change to the score rows of a year. */
type Change =
  | { kind: 'rescore'; year: number; seed: number; every: number; by: number }
  | { kind: 'drop-rows'; year: number; seed: number; every: number }
  | { kind: 'drop-subdimension'; year: number; pick: number }
  | { kind: 'copy-to-new-year'; year: number };

/** The change as SQL on score_rows, and the years whose rows it changes. */
function applied(change: Change, lastYear: number): { statement: SqlFragment; years: number[] } {
  const picked = (seed: number, every: number) =>
    sql`hash(province_code, indicator, ${seed}::INTEGER) % ${every}::UBIGINT = 0`;
  switch (change.kind) {
    case 'rescore':
      return {
        statement: sql`UPDATE score_rows SET score = score + ${change.by}::DOUBLE
          WHERE year = ${change.year}::INTEGER AND ${picked(change.seed, change.every)}`,
        years: [change.year],
      };
    case 'drop-rows':
      return {
        statement: sql`DELETE FROM score_rows WHERE year = ${change.year}::INTEGER AND ${picked(change.seed, change.every)}`,
        years: [change.year],
      };
    case 'drop-subdimension':
      // One of the year's sub-dimensions, for every province: the year's structure changes.
      return {
        statement: sql`DELETE FROM score_rows WHERE year = ${change.year}::INTEGER AND indicator = (
          SELECT indicator FROM (SELECT DISTINCT indicator FROM score_rows WHERE year = ${change.year}::INTEGER)
          ORDER BY indicator LIMIT 1 OFFSET ${change.pick}::INTEGER)`,
        years: [change.year],
      };
    case 'copy-to-new-year':
      return {
        statement: sql`INSERT INTO score_rows SELECT province_code, ${lastYear + 1}::INTEGER, indicator, score, source
          FROM score_rows WHERE year = ${change.year}::INTEGER`,
        years: [lastYear + 1],
      };
  }
}

describe('a rebuild by year gives what a whole rebuild gives', () => {
  let conn: Connector;
  let years: number[] = [];
  beforeAll(async () => {
    conn = await createLoadedConnector();
    await reloadBundledData(conn);
    years = (
      await conn.query<{ year: number }>(sqlRaw('SELECT DISTINCT year FROM score_rows ORDER BY year'))
    ).map(({ year }) => year);
  });
  afterAll(async () => {
    await conn.close();
  });

  const run = (statements: readonly string[]): Promise<unknown> =>
    conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(statements.map(sqlRaw), ';\n')}; COMMIT`);

  it('for random changes in random years, every derived table', async () => {
    expect(years.length).toBeGreaterThan(10);
    const year = fc.constantFrom(...years);
    const change: fc.Arbitrary<Change> = fc.oneof(
      fc.record({
        kind: fc.constant('rescore' as const),
        year,
        seed: fc.integer({ min: 0, max: 1000 }),
        every: fc.integer({ min: 1, max: 5 }),
        by: fc.constantFrom(-0.5, 0.01, 0.25, 2),
      }),
      fc.record({
        kind: fc.constant('drop-rows' as const),
        year,
        seed: fc.integer({ min: 0, max: 1000 }),
        every: fc.integer({ min: 1, max: 8 }),
      }),
      fc.record({
        kind: fc.constant('drop-subdimension' as const),
        year,
        pick: fc.integer({ min: 0, max: 20 }),
      }),
      fc.record({ kind: fc.constant('copy-to-new-year' as const), year }),
    );
    const lastYear = Math.max(...years);
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        await reloadBundledData(conn);
        const steps = changes.map((each) => applied(each, lastYear));
        const changed = [...new Set(steps.flatMap((step) => step.years))];
        for (const step of steps) await conn.query(step.statement);
        await conn.query(
          sql`CREATE OR REPLACE TEMP TABLE ${sqlIdentifier(CHANGED_YEARS_TABLE)} AS SELECT unnest(${sqlRaw(
            `[${changed.join(', ')}]`,
          )}::INTEGER[]) AS year`,
        );
        await run(derivedStatementsAfter(['score_rows'], ALL, true));
        const byYear = await fingerprintTables(conn, DERIVED_TABLES);
        await run(derivedStatementsAfter(['score_rows'], ALL));
        const whole = await fingerprintTables(conn, DERIVED_TABLES);
        expect(byYear).toEqual(whole);
      }),
      { numRuns: 10 },
    );
  });
});

// The Nationwide league table against the bundled data (real DuckDB): rows within the year's map, the published
// figures, groups as indicator_standing decides them, unscored units last with their reason, the region filter,
// the changes, and a 2025 year of the 34 new units never ranked against the 63 old ones.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import type { Connector } from '../../src/db/connector.ts';
import { SCHEMA_STATEMENTS } from '../../src/db/schema.sql.ts';
import { sql, sqlRaw } from '../../src/db/sql.ts';
import { fetchNationLeagueTable } from '../../src/queries/nation-league-table.ts';
import { DEFAULT_NATION_SORT } from '../../src/state/view-params/nation-params.ts';
import {
  buildLeagueTable,
  filterLeagueRows,
  rankChangeOf,
} from '../../src/views/nation/league/league-rows.ts';
import { sortLeagueRows } from '../../src/views/nation/league/sort-league-rows.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

const readData = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8');

/** Old units with no score row at all in `year` in data/papi-scores.csv (read apart from the app). */
function oldUnitsWithoutScores(year: number): string[] {
  const scored = new Set(
    parseCsvRecords(readData('papi-scores.csv'), ['province_code', 'year'] as const)
      .filter((row) => Number(row.year) === year)
      .map((row) => row.province_code),
  );
  return parseCsvRecords(readData('provinces.csv'), ['code', 'kind'] as const)
    .filter((row) => row.kind === 'old' && !scored.has(row.code))
    .map((row) => row.code)
    .sort();
}

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const league = async (year: number, root = 'total', headline = root) =>
  buildLeagueTable(await fetchNationLeagueTable(conn, year, root), root, headline);

describe('the league table of 2024 (total)', () => {
  it('lists the 63 old units, 61 ranked: Quảng Ninh first with 47.82, Đắk Nông 58th of 61', async () => {
    const table = await league(2024);
    expect(table.rows).toHaveLength(63);
    const sorted = sortLeagueRows(table.rows, DEFAULT_NATION_SORT, 'vi');
    expect(sorted.filter((row) => row.unscored === null)).toHaveLength(61);
    expect(sorted[0]?.nameVi).toBe('Quảng Ninh');
    expect(sorted[0]?.headline?.score).toBeCloseTo(47.82, 2);
    expect(sorted[0]?.headline).toMatchObject({ rank: 1, scoredCount: 61 });
    const dakNong = sorted.find((row) => row.provinceCode === 'P43');
    expect(dakNong?.headline).toMatchObject({ rank: 58, scoredCount: 61 });
    expect(dakNong?.headline?.score).toBeCloseTo(40.54, 2);
  });

  it('puts the units without a 2024 score at the end, saying they have none', async () => {
    const sorted = sortLeagueRows((await league(2024)).rows, DEFAULT_NATION_SORT, 'vi');
    const tail = sorted.slice(61);
    expect(tail.map((row) => row.provinceCode).sort()).toEqual(oldUnitsWithoutScores(2024));
    expect(tail.every((row) => row.unscored === 'noScores' && row.headline === null)).toBe(true);
  });

  it('has the total and the 8 dimensions as columns, each cell in the group indicator_standing gives it', async () => {
    const table = await league(2024);
    expect(table.columns).toEqual(['total', '1', '2', '3', '4', '5', '6', '7', '8']);
    const standing = await conn.query<{ province_code: string; indicator: string; papi_group: string }>(sql`
      SELECT province_code, indicator, papi_group FROM indicator_standing
      WHERE year = 2024 AND level IN ('total', 'dimension')`);
    expect(standing.length).toBeGreaterThan(61 * 9 - 5);
    for (const expected of standing) {
      const row = table.rows.find((r) => r.provinceCode === expected.province_code);
      expect(
        row?.cells.get(expected.indicator)?.group,
        `${expected.province_code} ${expected.indicator}`,
      ).toBe(expected.papi_group);
    }
    // The published split of 61 totals into the four groups: 16/15/15/15.
    const totals = table.rows.flatMap((row) => (row.headline === null ? [] : [row.headline.group]));
    const count = (group: string) => totals.filter((g) => g === group).length;
    expect([count('high'), count('upper_middle'), count('lower_middle'), count('low')]).toEqual([
      16, 15, 15, 15,
    ]);
  });

  it("gives Đắk Nông's change on 2023 (38.97 → 40.54) and the places it climbed (61st → 58th)", async () => {
    const dakNong = (await league(2024)).rows.find((row) => row.provinceCode === 'P43');
    expect(dakNong?.headline?.change).toBeCloseTo(40.54 - 38.97, 2);
    expect(rankChangeOf(dakNong?.headline ?? null)).toBe(3);
  });

  it('sorts by a dimension column, highest first, unscored units still last', async () => {
    const table = await league(2024);
    const sorted = sortLeagueRows(table.rows, { key: { indicator: '2' }, direction: 'descending' }, 'vi');
    const scores = sorted.slice(0, 61).map((row) => row.cells.get('2')?.score ?? Number.NaN);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(sorted.slice(61).every((row) => row.unscored !== null)).toBe(true);
  });

  it('filters to the Central Highlands, ranks staying national', async () => {
    const rows = filterLeagueRows((await league(2024)).rows, 'Central Highlands');
    const sorted = sortLeagueRows(rows, DEFAULT_NATION_SORT, 'vi');
    expect(sorted.map((row) => row.nameVi)).toHaveLength(5);
    expect(new Set(sorted.map((row) => row.provinceCode))).toEqual(
      new Set(['P40', 'P41', 'P42', 'P43', 'P44']),
    );
    expect(sorted.find((row) => row.provinceCode === 'P43')?.headline?.rank).toBe(58);
    expect(filterLeagueRows((await league(2024)).rows, null)).toHaveLength(63);
  });
});

describe('other years and indicators', () => {
  it('ranks all 63 provinces in 2016 on the total and 6 dimensions (Đắk Nông 31st of 63)', async () => {
    const table = await league(2016);
    expect(table.columns).toEqual(['total', '1', '2', '3', '4', '5', '6']);
    expect(table.rows.filter((row) => row.unscored === null)).toHaveLength(63);
    expect(table.rows.find((row) => row.provinceCode === 'P43')?.headline).toMatchObject({
      rank: 31,
      scoredCount: 63,
    });
  });

  it('lists 2023 without Quảng Ninh and Bình Dương among the ranked, and says so', async () => {
    const sorted = sortLeagueRows((await league(2023)).rows, DEFAULT_NATION_SORT, 'vi');
    const unscored = sorted.filter((row) => row.unscored !== null);
    expect(unscored.map((row) => row.provinceCode).sort()).toEqual(oldUnitsWithoutScores(2023));
    expect(unscored.map((row) => row.nameVi).sort()).toEqual(['Bình Dương', 'Quảng Ninh']);
    expect(sorted.slice(-2)).toEqual(unscored);
  });

  it('says the 2018 total does not compare with 2017 (6 → 8 dimensions), though there was a score', async () => {
    const dakNong = (await league(2018)).rows.find((row) => row.provinceCode === 'P43');
    expect(dakNong?.headline).toMatchObject({ change: null, previousRank: null, hasPrevious: true });
    expect(dakNong?.headline?.comparableWithPrevious).toBe(false);
  });

  it.each([
    [2024, 'total'],
    [2018, 'total'],
    [2024, '3'],
  ])(
    'gives in %i (%s) each comparable cell the rank of the year before, and no rank elsewhere',
    async (year, root) => {
      const rows = await fetchNationLeagueTable(conn, year, root);
      const before = await conn.query<{ code: string; indicator: string; rank: number }>(sql`
      SELECT province_code AS code, indicator, rank FROM indicator_standing WHERE year = ${year - 1}`);
      const rankBefore = new Map(before.map((row) => [`${row.code}|${row.indicator}`, row.rank]));
      const scored = rows.filter((row) => row.indicator !== null);
      for (const row of scored) {
        const expected = row.comparableWithPrevious
          ? rankBefore.get(`${row.provinceCode}|${row.indicator}`)
          : null;
        expect(row.previousRank, `${row.provinceCode} ${row.indicator}`).toBe(expected ?? null);
      }
      // Both kinds are there: 2018 breaks the total (6 → 8 dimensions), 2024 compares with 2023.
      const comparable = scored.filter((row) => row.previousRank !== null).length;
      expect(comparable > 0).toBe(year !== 2018 || root !== 'total');
    },
  );

  it("shows a dimension's sub-dimensions, ranked on the chosen sub-dimension", async () => {
    const table = await league(2024, '2', '2.3');
    expect(table.columns).toEqual(['2', '2.1', '2.2', '2.3', '2.4']);
    const sorted = sortLeagueRows(table.rows, DEFAULT_NATION_SORT, 'vi');
    const ranks = sorted.filter((row) => row.unscored === null).map((row) => row.headline?.rank ?? 0);
    expect(ranks[0]).toBe(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(sorted[0]?.cells.get('2.3')?.rank).toBe(1);
  });
});

describe('a year of the 34 new units (an imported 2025)', () => {
  it('lists only the new units, ranked among themselves', async () => {
    const local = await createLoadedConnector();
    try {
      // Totals only, for every new unit: 40, 40.5, … (the schema takes a file's totals where no parts are given).
      await local.query(sql`
        INSERT INTO score_rows
        SELECT code, 2025, 'total', 40 + 0.5 * row_number() OVER (ORDER BY code), 'test'
        FROM provinces WHERE kind = 'new'`);
      for (const statement of SCHEMA_STATEMENTS) await local.query(sqlRaw(statement));
      const table = buildLeagueTable(await fetchNationLeagueTable(local, 2025, 'total'), 'total');
      expect(table.rows).toHaveLength(34);
      expect(table.rows.every((row) => row.unscored === null && row.headline?.scoredCount === 34)).toBe(true);
      expect(table.rows.some((row) => row.provinceCode.startsWith('P'))).toBe(false);
    } finally {
      await local.close();
    }
  });
});

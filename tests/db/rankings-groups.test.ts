import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const groupSizes = async (year: number): Promise<number[]> => {
  const rows = await conn.query<{ papi_group: string; n: number }>(sql`
    SELECT papi_group, count(*)::INTEGER AS n FROM groups WHERE year = ${year} GROUP BY papi_group`);
  const sizes = Object.fromEntries(rows.map((row) => [row.papi_group, row.n]));
  return ['high', 'upper_middle', 'lower_middle', 'low'].map((group) => sizes[group] ?? 0);
};

describe('rankings', () => {
  it('ranks Đắk Nông 2023 last of 61 and Thừa Thiên Huế first; Đắk Nông 2016 31st of 63', async () => {
    const rows = await conn.query<{
      province_code: string;
      year: number;
      rank: number;
      scored_count: number;
    }>(sql`
      SELECT province_code, year, rank, scored_count FROM rankings
      WHERE indicator = 'total' AND ((province_code IN ('P43', 'P31') AND year = 2023) OR (province_code = 'P43' AND year = 2016))
      ORDER BY year, province_code`);
    expect(rows).toEqual([
      { province_code: 'P43', year: 2016, rank: 31, scored_count: 63 },
      { province_code: 'P31', year: 2023, rank: 1, scored_count: 61 },
      { province_code: 'P43', year: 2023, rank: 61, scored_count: 61 },
    ]);
  });

  it('gives every row 1 + the number of strictly better scores (ties share a rank), at every level', async () => {
    const rows = await conn.query<{ bad: number; levels: number }>(sql`
      SELECT count(*) FILTER (WHERE r.rank <> 1 + (
               SELECT count(*) FROM scores s WHERE s.year = r.year AND s.indicator = r.indicator AND s.score > r.score
             ))::INTEGER AS bad,
             count(DISTINCT r.level)::INTEGER AS levels
      FROM rankings r WHERE r.year IN (2016, 2023)`);
    expect(rows).toEqual([{ bad: 0, levels: 3 }]);
  });
});

describe('groups', () => {
  it('splits 63 scored provinces 16/16/15/16', async () => {
    expect(await groupSizes(2016)).toEqual([16, 16, 15, 16]);
    expect(await groupSizes(2019)).toEqual([16, 16, 15, 16]);
  });

  it('splits 61 scored provinces 16/15/15/15', async () => {
    expect(await groupSizes(2023)).toEqual([16, 15, 15, 15]);
  });

  it('cuts at quantile_cont of the totals, ties at a cut going to the upper group', async () => {
    const rows = await conn.query<{ bad: number }>(sql`
      SELECT count(*) FILTER (WHERE NOT (
        (papi_group = 'high' AND total >= p75) OR
        (papi_group = 'upper_middle' AND total >= p50 AND total < p75) OR
        (papi_group = 'lower_middle' AND total >= p25 AND total < p50) OR
        (papi_group = 'low' AND total < p25)))::INTEGER AS bad
      FROM groups`);
    expect(rows[0]?.bad).toBe(0);
  });
});

describe('groups next_group_threshold', () => {
  it('is the cut of the next group up, above the total, and absent in the high group', async () => {
    const rows = await conn.query<{ bad: number; n: number }>(sql`
      SELECT count(*) FILTER (WHERE NOT (
        (papi_group = 'high' AND next_group_threshold IS NULL) OR
        (papi_group = 'upper_middle' AND next_group_threshold = p75) OR
        (papi_group = 'lower_middle' AND next_group_threshold = p50) OR
        (papi_group = 'low' AND next_group_threshold = p25)) OR next_group_threshold <= total)::INTEGER AS bad,
        count(*)::INTEGER AS n
      FROM groups`);
    expect(rows[0]?.bad).toBe(0);
    expect(rows[0]?.n).toBeGreaterThan(800);
  });
});

describe('national_stats', () => {
  it('gives the median, min, max and count of scored provinces per indicator and year', async () => {
    const rows = await conn.query<{
      median: number;
      min: number;
      max: number;
      scored_count: number;
      p50: number;
    }>(sql`
      SELECT n.median, n.min, n.max, n.scored_count, g.p50
      FROM national_stats n JOIN group_cuts g ON g.year = n.year
      WHERE n.indicator = 'total' AND n.year = 2023`);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.scored_count).toBe(61);
    expect(row?.min.toFixed(2)).toBe('38.97');
    expect(row?.max.toFixed(2)).toBe('46.04');
    expect(row?.median).toBe(row?.p50);
  });

  it('covers dimensions and sub-dimensions too', async () => {
    const rows = await conn.query<{ level: string; n: number }>(sql`
      SELECT level, count(*)::INTEGER AS n FROM national_stats WHERE year = 2024 GROUP BY level ORDER BY level`);
    expect(rows).toEqual([
      { level: 'dimension', n: 8 },
      { level: 'subdimension', n: 28 },
      { level: 'total', n: 1 },
    ]);
  });
});

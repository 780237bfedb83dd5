// Comparability across years is decided once, in the indicator_comparability view, from the data
// (dimension counts per year, each sub-dimension's first and last year): these are the answers the
// Overview shows on the real bundled data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { fetchIndicatorYears } from '../../src/queries/indicator-years.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { fetchTotalTrend } from '../../src/queries/total-trend.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const standing = async (year: number, indicator: string) => {
  const found = (await fetchDimensionStandings(conn, 'P43', year)).find((s) => s.indicator === indicator);
  if (!found) throw new Error(`no standing for ${indicator} in ${year}`);
  return found;
};

describe('indicator_comparability', () => {
  it('breaks every indicator at 2018, dimension 8 at 2019 and dimension 5 at 2021, nothing else after 2011', async () => {
    const rows = await conn.query<{ year: number; indicators: string }>(sql`
      SELECT year, string_agg(indicator, ' ' ORDER BY indicator) AS indicators
      FROM indicator_comparability
      WHERE NOT comparable_with_previous AND year > 2011 AND level <> 'subdimension'
      GROUP BY year ORDER BY year`);
    expect(rows).toEqual([
      { year: 2018, indicators: '1 2 3 4 5 6 7 8 total' },
      { year: 2019, indicators: '8' },
      { year: 2021, indicators: '5' },
    ]);
  });

  it('makes a sub-dimension follow its dimension', async () => {
    const rows = await conn.query<{ indicator: string }>(sql`
      SELECT indicator FROM indicator_comparability
      WHERE NOT comparable_with_previous AND year = 2021 ORDER BY indicator`);
    expect(rows.map((r) => r.indicator)).toEqual(['5', '5.1', '5.3', '5.4']);
  });
});

describe('the total across years', () => {
  it('does not compare Đắk Nông 2018 with 2017, but keeps the 2017 total', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P43', 2018);
    expect(summary?.comparableWithPrevious).toBe(false);
    expect(summary?.previousTotal).not.toBeNull();
  });

  it('compares Đắk Nông 2024 with 2023', async () => {
    expect((await fetchProvinceYearSummary(conn, 'P43', 2024))?.comparableWithPrevious).toBe(true);
  });

  it('has nothing to compare in the first year', async () => {
    expect((await fetchProvinceYearSummary(conn, 'P43', 2011))?.comparableWithPrevious).toBe(false);
  });

  it('breaks the trend line at 2018 only (and before the first year)', async () => {
    const trend = await fetchTotalTrend(conn, 'P43');
    expect(trend.filter((p) => !p.comparableWithPrevious).map((p) => p.year)).toEqual([2011, 2018]);
  });
});

describe('a dimension across years', () => {
  it('does not compare dimension 5 in 2021 with 2020 (5.2 was dropped), keeping the 2020 score', async () => {
    const d5 = await standing(2021, '5');
    expect(d5.comparableWithPrevious).toBe(false);
    expect(d5.previousScore).not.toBeNull();
  });

  it('compares dimension 1 in 2019 with 2018', async () => {
    expect((await standing(2019, '1')).comparableWithPrevious).toBe(true);
  });

  it('does not compare dimension 8 in 2019 (8.3 added), dimension 2 in 2018 (2.4 added) or dimension 1 in 2018 (6 → 8 dimensions)', async () => {
    expect((await standing(2019, '8')).comparableWithPrevious).toBe(false);
    expect((await standing(2018, '2')).comparableWithPrevious).toBe(false);
    expect((await standing(2018, '1')).comparableWithPrevious).toBe(false);
  });

  it('marks only dimension 5 as not comparable in 2021', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2021);
    expect(standings.filter((s) => !s.comparableWithPrevious).map((s) => s.indicator)).toEqual(['5']);
  });

  it('breaks an indicator trend where its definition changes', async () => {
    const d5 = await fetchIndicatorYears(conn, '5');
    expect(d5.filter((p) => !p.comparableWithPrevious).map((p) => p.year)).toEqual([2011, 2018, 2021]);
    const s11 = await fetchIndicatorYears(conn, '1.1');
    expect(s11.filter((p) => !p.comparableWithPrevious).map((p) => p.year)).toEqual([2011, 2018]);
  });
});

describe('a year in which the indicator does not exist', () => {
  const nonComparableYears = async (indicator: string) =>
    (await fetchIndicatorYears(conn, indicator)).filter((p) => !p.comparableWithPrevious).map((p) => p.year);

  it('compares no year of dimension 7 before it starts (2018), nor 2018 itself', async () => {
    expect(await nonComparableYears('7')).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
  });

  it('compares no year of 5.2 after it stops (2020)', async () => {
    const years = await nonComparableYears('5.2');
    expect(years.filter((year) => year > 2020)).toEqual([2021, 2022, 2023, 2024]);
  });

  it('answers every indicator in every year of the data, as indicator_comparability where it has a row', async () => {
    const [counts] = await conn.query<{ pairs: number; expected: number; disagreeing: number }>(sql`
      SELECT (SELECT count(*) FROM indicator_years)::INTEGER AS pairs,
             ((SELECT count(*) FROM indicators) * (SELECT count(DISTINCT year) FROM scores))::INTEGER AS expected,
             (SELECT count(*) FROM indicator_comparability ic
              JOIN indicator_years iy ON iy.indicator = ic.indicator AND iy.year = ic.year
              WHERE iy.comparable_with_previous IS DISTINCT FROM ic.comparable_with_previous)::INTEGER AS disagreeing`);
    expect(counts?.pairs).toBe(counts?.expected);
    expect(counts?.disagreeing).toBe(0);
  });
});

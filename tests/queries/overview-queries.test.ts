import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import type { Connector } from '../../src/db/connector.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { fetchIndicators } from '../../src/queries/indicators.ts';
import { fetchProvinceScores } from '../../src/queries/province-scores.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { fetchScoredYears } from '../../src/queries/scored-years.ts';
import { fetchTotalTrend } from '../../src/queries/total-trend.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

/**
 * A province's dimensions in the Overview's stated order, from data/papi-scores.csv alone: each
 * dimension's score is the sum of its sub-dimensions (provinces with all of them that year), rank = 1 +
 * provinces scoring higher, gap = score − the median (an odd count here: the middle score).
 */
function dimensionOrderFromCsv(
  provinceCode: string,
  year: number,
): { indicator: string; rank: number; gap: number }[] {
  const rows = parseCsvRecords(
    readFileSync(fileURLToPath(new URL('../../data/papi-scores.csv', import.meta.url)), 'utf8'),
    ['province_code', 'year', 'indicator', 'score'] as const,
  ).filter((row) => Number(row.year) === year && row.indicator.includes('.'));
  const dimensions = [...new Set(rows.map((row) => row.indicator.split('.')[0] ?? ''))];
  return dimensions
    .map((dimension) => {
      const own = rows.filter((row) => row.indicator.startsWith(`${dimension}.`));
      const subCount = new Set(own.map((row) => row.indicator)).size;
      const byProvince = new Map<string, number[]>();
      for (const row of own)
        byProvince.set(row.province_code, [...(byProvince.get(row.province_code) ?? []), Number(row.score)]);
      const totals = new Map(
        [...byProvince]
          .filter(([, scores]) => scores.length === subCount)
          .map(([code, scores]) => [code, scores.reduce((sum, score) => sum + score, 0)]),
      );
      const score = totals.get(provinceCode) ?? Number.NaN;
      const all = [...totals.values()].sort((a, b) => a - b);
      const median = all[(all.length - 1) / 2] ?? Number.NaN;
      // 1e-9: the same sum added in another order must not count as higher.
      const rank = 1 + all.filter((other) => other > score + 1e-9).length;
      return { indicator: dimension, rank, gap: score - median };
    })
    .sort((a, b) => b.rank - a.rank || a.gap - b.gap);
}

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('fetchProvinces', () => {
  it('lists the 63 old and 34 new provinces sorted by Vietnamese name', async () => {
    const provinces = await fetchProvinces(conn);
    expect(provinces.filter((p) => p.kind === 'old')).toHaveLength(63);
    expect(provinces.filter((p) => p.kind === 'new')).toHaveLength(34);
    expect(provinces.find((p) => p.code === 'P43')).toMatchObject({ nameVi: 'Đắk Nông' });
    const names = provinces.map((p) => p.nameVi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names[0]).toBe('An Giang');
  });
});

describe('fetchIndicators', () => {
  it('lists the total, 8 dimensions and their sub-dimensions with plain-number ranges', async () => {
    const indicators = await fetchIndicators(conn);
    expect(indicators[0]).toMatchObject({ code: 'total', level: 'total', parent: null });
    expect(indicators.filter((i) => i.level === 'dimension').map((i) => i.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    const d7 = indicators.find((i) => i.code === '7');
    expect(d7).toMatchObject({ parent: 'total', min: 1, max: 10, firstYear: 2018, lastYear: null });
    expect(indicators.some((i) => i.code === '8.3' && i.level === 'subdimension')).toBe(true);
  });
});

describe('fetchScoredYears', () => {
  it('lists the years with a total, ascending', async () => {
    expect(await fetchScoredYears(conn, 'P43')).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
  });

  it('skips the years a province has no total', async () => {
    const provinces = await fetchProvinces(conn);
    const quangNinh = provinces.find((p) => p.nameVi === 'Quảng Ninh' && p.kind === 'old');
    const years = await fetchScoredYears(conn, quangNinh?.code ?? '');
    expect(years).not.toContain(2023);
    expect(years).not.toContain(2018);
    expect(years).toContain(2016);
  });
});

describe('fetchProvinceYearSummary', () => {
  it('gives Đắk Nông 2023: 38.97, last of 61, low group, previous 40.53', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P43', 2023);
    expect(summary).not.toBeNull();
    expect(summary?.total.toFixed(2)).toBe('38.97');
    expect(summary?.previousTotal?.toFixed(2)).toBe('40.53');
    expect(summary).toMatchObject({
      provinceCode: 'P43',
      year: 2023,
      rank: 61,
      scoredCount: 61,
      group: 'low',
      dimensionCount: 8,
    });
    expect(summary?.source).toMatch(/PAPI 2023|2023/);
  });

  it('gives Thừa Thiên Huế 2023 rank 1 of 61', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P31', 2023);
    expect(summary?.total.toFixed(2)).toBe('46.04');
    expect(summary).toMatchObject({ rank: 1, scoredCount: 61, group: 'high' });
  });

  it('gives Đắk Nông 2016 rank 31 of 63 with 6 dimensions', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P43', 2016);
    expect(summary?.total.toFixed(2)).toBe('35.89');
    expect(summary).toMatchObject({ rank: 31, scoredCount: 63, dimensionCount: 6 });
  });

  it('has no previous total in the first year and is null for an unscored year', async () => {
    expect((await fetchProvinceYearSummary(conn, 'P43', 2011))?.previousTotal).toBeNull();
    expect(await fetchProvinceYearSummary(conn, 'P43', 1999)).toBeNull();
  });
});

describe('fetchDimensionStandings', () => {
  it('lists the 8 dimensions of 2023, worst rank first', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2023);
    expect(standings).toHaveLength(8);
    // The README's order, computed here from the CSV alone: lowest rank first, ties: larger gap below the median first.
    const expected = dimensionOrderFromCsv('P43', 2023);
    expect(standings.map((s) => [s.indicator, s.rank])).toEqual(expected.map((d) => [d.indicator, d.rank]));
    // Not the code order: the test can tell a sorted list from an unsorted one.
    expect(expected.map((d) => d.indicator)).not.toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const s of standings) {
      expect(s.gapToMedian).toBeCloseTo(s.score - s.nationalMedian, 10);
      expect(s.nationalMin).toBeLessThanOrEqual(s.score);
      expect(s.nationalMax).toBeGreaterThanOrEqual(s.score);
      expect(s.scoredCount).toBe(61);
      expect(typeof s.progressIsSample).toBe('boolean');
    }
  });

  it('links the plan of the province: every dimension of 474/KH-UBND has tasks', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2024);
    expect(standings.reduce((sum, s) => sum + s.taskCount, 0)).toBe(33);
  });

  it('has no tasks and no completion rate for a province without a plan', async () => {
    const standings = await fetchDimensionStandings(conn, 'P31', 2023);
    expect(standings).toHaveLength(8);
    expect(
      standings.every((s) => s.taskCount === 0 && s.completionRate === null && s.progressPeriod === null),
    ).toBe(true);
  });

  it('lists only the 6 dimensions of a pre-2018 year', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2016);
    expect(standings.map((s) => s.indicator).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(standings.find((s) => s.indicator === '1')?.previousScore).not.toBeNull();
  });
});

describe('fetchTotalTrend', () => {
  it('has one point per year with the national spread and group cuts', async () => {
    const trend = await fetchTotalTrend(conn, 'P43');
    expect(trend.map((p) => p.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    const p2023 = trend.find((p) => p.year === 2023);
    expect(p2023?.score?.toFixed(2)).toBe('38.97');
    expect(p2023).toMatchObject({ rank: 61, scoredCount: 61, dimensionCount: 8 });
    expect(trend.find((p) => p.year === 2017)?.dimensionCount).toBe(6);
    for (const p of trend) {
      expect(p.nationalMin).toBeLessThanOrEqual(p.p25);
      expect(p.p25).toBeLessThanOrEqual(p.p50);
      expect(p.p50).toBe(p.nationalMedian);
      expect(p.p75).toBeLessThanOrEqual(p.nationalMax);
    }
  });

  it('keeps the years a province is unscored, with a null score (never 0)', async () => {
    const provinces = await fetchProvinces(conn);
    const binhDuong = provinces.find((p) => p.nameVi === 'Bình Dương');
    const trend = await fetchTotalTrend(conn, binhDuong?.code ?? '');
    expect(trend).toHaveLength(14);
    expect(trend.find((p) => p.year === 2023)).toMatchObject({ score: null, rank: null, scoredCount: 61 });
  });
});

describe('fetchProvinceScores', () => {
  it('gives every dimension score of the province with its rank, no rows for unscored cells', async () => {
    const scores = await fetchProvinceScores(conn, 'P43', 'dimension');
    expect(scores.filter((s) => s.year === 2016)).toHaveLength(6);
    expect(scores.filter((s) => s.year === 2023)).toHaveLength(8);
    expect(scores.every((s) => s.level === 'dimension' && s.rank >= 1 && s.rank <= s.scoredCount)).toBe(true);
  });
});

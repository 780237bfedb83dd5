// The Dimensions view's queries on the real bundled data: the shared panel, the national spread by year
// (checked against figures computed here from data/papi-scores.csv), an indicator's parts and the peers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitIndicatorSegments } from '../../src/charts/indicator-trend/indicator-trend-rows.ts';
import type { Connector } from '../../src/db/connector.ts';
import { fetchIndicatorChildren } from '../../src/queries/indicator-children.ts';
import { fetchIndicatorPanel } from '../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../src/queries/indicator-years.ts';
import { fetchIndicators } from '../../src/queries/indicators.ts';
import { fetchPlanTasks } from '../../src/queries/plan-tasks.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { unitsOfSameMap } from '../../src/views/dimensions/same-map.ts';
import { filterTasksForIndicator } from '../../src/views/dimensions/tasks-for-indicator.ts';
import { resolvePeerCodes } from '../../src/views/dimensions/resolve-peers.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

/** Sub-dimension scores straight from the CSV: province → indicator → score, for one year. */
function csvScores(year: number): Map<string, Map<string, number>> {
  const text = readFileSync(fileURLToPath(new URL('../../data/papi-scores.csv', import.meta.url)), 'utf8');
  const byProvince = new Map<string, Map<string, number>>();
  for (const line of text.split('\n').slice(1)) {
    const [province, y, indicator, score] = line.split(',');
    if (province === undefined || Number(y) !== year || indicator === undefined || score === undefined)
      continue;
    const scores = byProvince.get(province) ?? new Map<string, number>();
    scores.set(indicator, Number(score));
    byProvince.set(province, scores);
  }
  return byProvince;
}

/** quantile_cont: linear interpolation between the closest ranks. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return (sorted[lower] ?? NaN) + ((sorted[upper] ?? NaN) - (sorted[lower] ?? NaN)) * (position - lower);
}

describe('fetchIndicatorYears', () => {
  it('gives dimension 2 in 2020 the national median, quartiles, min and max computed from the CSV', async () => {
    const sums = [...csvScores(2020).values()]
      .filter((scores) => ['2.1', '2.2', '2.3', '2.4'].every((code) => scores.has(code)))
      .map((scores) => ['2.1', '2.2', '2.3', '2.4'].reduce((sum, code) => sum + (scores.get(code) ?? 0), 0));
    const row = (await fetchIndicatorYears(conn, '2')).find((y) => y.year === 2020);
    expect(row?.scoredCount).toBe(sums.length);
    expect(row?.nationalMedian).toBeCloseTo(quantile(sums, 0.5), 9);
    expect(row?.nationalP25).toBeCloseTo(quantile(sums, 0.25), 9);
    expect(row?.nationalP75).toBeCloseTo(quantile(sums, 0.75), 9);
    expect(row?.nationalMin).toBeCloseTo(Math.min(...sums), 9);
    expect(row?.nationalMax).toBeCloseTo(Math.max(...sums), 9);
  });

  it('breaks dimension 2 at 2018 only: two runs, 2011–2017 and 2018–2024', async () => {
    const years = await fetchIndicatorYears(conn, '2');
    expect(years.map((y) => y.year)).toEqual([...Array(14).keys()].map((i) => 2011 + i));
    expect(years.filter((y) => !y.comparableWithPrevious).map((y) => y.year)).toEqual([2011, 2018]);
    expect(splitIndicatorSegments(years).map((s) => [s.firstYear, s.lastYear, s.startsAtBreak])).toEqual([
      [2011, 2017, false],
      [2018, 2024, true],
    ]);
  });

  it('keeps the years after 2020 on the axis for 5.2 but with no national figures (gaps, never 0)', async () => {
    const years = await fetchIndicatorYears(conn, '5.2');
    const after = years.filter((y) => y.year > 2020);
    expect(after.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(after.every((y) => y.nationalMedian === null && y.nationalMin === null)).toBe(true);
    expect(splitIndicatorSegments(years).at(-1)?.lastYear).toBe(2020);
  });

  it('starts 8.3 in 2019, after a year without it', async () => {
    const years = await fetchIndicatorYears(conn, '8.3');
    expect(years.find((y) => y.year === 2018)?.nationalMedian).toBeNull();
    expect(splitIndicatorSegments(years).map((s) => [s.firstYear, s.lastYear])).toEqual([[2019, 2024]]);
  });
});

describe('fetchIndicatorPanel', () => {
  it('has every scored province of transparency (2), with Đắk Nông each year and ranks 1..n', async () => {
    const panel = await fetchIndicatorPanel(conn, '2');
    const dakNong = panel.filter((r) => r.provinceCode === 'P43');
    expect(dakNong.map((r) => r.year)).toEqual([...Array(14).keys()].map((i) => 2011 + i));
    const in2024 = panel.filter((r) => r.year === 2024);
    expect(in2024.length).toBe(in2024[0]?.scoredCount);
    expect(Math.min(...in2024.map((r) => r.rank))).toBe(1);
    expect(new Set(in2024.map((r) => r.papiGroup))).toEqual(
      new Set(['high', 'upper_middle', 'lower_middle', 'low']),
    );
  });

  it('has no row for 5.2 after 2020 (absent, not 0)', async () => {
    const panel = await fetchIndicatorPanel(conn, '5.2');
    expect(panel.length).toBeGreaterThan(0);
    expect(Math.max(...panel.map((r) => r.year))).toBe(2020);
    expect(panel.some((r) => r.score === 0)).toBe(false);
  });

  it('has no total for Quảng Ninh in 2023 (survey error too large)', async () => {
    const panel = await fetchIndicatorPanel(conn, 'total');
    const quangNinh = (await fetchProvinces(conn)).find((p) => p.nameVi === 'Quảng Ninh');
    expect(panel.some((r) => r.provinceCode === quangNinh?.code && r.year === 2023)).toBe(false);
  });
});

describe('fetchIndicatorChildren', () => {
  it('gives transparency’s four sub-dimensions for Đắk Nông, 2.4 only from 2018', async () => {
    const points = await fetchIndicatorChildren(conn, 'P43', '2');
    expect([...new Set(points.map((p) => p.indicator))]).toEqual(['2.1', '2.2', '2.3', '2.4']);
    expect(Math.min(...points.filter((p) => p.indicator === '2.4').map((p) => p.year))).toBe(2018);
  });

  it('gives the total’s eight dimensions', async () => {
    const points = await fetchIndicatorChildren(conn, 'P43', 'total');
    expect([...new Set(points.map((p) => p.indicator))]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

describe('peers', () => {
  it('defaults Đắk Nông’s peers to the other Central Highlands provinces of its own (old) map', async () => {
    const provinces = await fetchProvinces(conn);
    const peers = resolvePeerCodes(unitsOfSameMap(provinces, 'P43'), 'P43', { kind: 'region' });
    expect([...peers].sort()).toEqual(['P40', 'P41', 'P42', 'P44']);
    // The new units of the region (Đắk Lắk 66, Gia Lai 52, Lâm Đồng 68) are peers only of new units.
    expect(resolvePeerCodes(unitsOfSameMap(provinces, '68'), '68', { kind: 'region' }).sort()).toEqual([
      '52',
      '66',
    ]);
  });

  it('keeps a chosen list without the province itself', async () => {
    const provinces = await fetchProvinces(conn);
    expect(resolvePeerCodes(provinces, 'P43', { kind: 'list', codes: ['P01', 'P43', 'P99'] })).toEqual([
      'P01',
    ]);
  });
});

describe('the plan’s tasks under an indicator', () => {
  it('gives all of Đắk Nông’s tasks for the total, a dimension’s for a dimension, a sub-dimension’s for one', async () => {
    const tasks = await fetchPlanTasks(conn, 'P43', null);
    const indicators = await fetchIndicators(conn);
    const under = (code: string) =>
      filterTasksForIndicator(
        tasks,
        indicators.find((i) => i.code === code),
      ).map((task) => task.taskId);
    expect(under('total')).toHaveLength(33);
    expect(under('2')).toHaveLength(4);
    expect(under('2.3')).toEqual(['474-2.3-a']);
  });
});

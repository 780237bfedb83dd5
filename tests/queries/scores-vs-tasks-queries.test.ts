// The scores-vs-tasks view's two queries on real DuckDB: dimension scores with their comparability, and
// completion by dimension and report period of the province's plan (hand-computed on the fixture).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScatterRows } from '../../src/charts/completion-scatter/scatter-rows.ts';
import type { Connector } from '../../src/db/connector.ts';
import { fetchDimensionCompletion } from '../../src/queries/scores-vs-tasks-completion.ts';
import { fetchDimensionScores } from '../../src/queries/scores-vs-tasks-scores.ts';
import { createCompletionFixtureConnector, createLoadedConnector } from '../helpers/data-files.ts';

let bundled: Connector;
let fixture: Connector;
beforeAll(async () => {
  [bundled, fixture] = await Promise.all([createLoadedConnector(), createCompletionFixtureConnector()]);
});
afterAll(async () => {
  await Promise.all([bundled.close(), fixture.close()]);
});

const DIMENSIONS = ['1', '2', '3', '4', '5', '6', '7', '8'].map((code) => ({ code, name: `D${code}` }));

describe('fetchDimensionScores', () => {
  it("breaks Đắk Nông's dimension 1 at 2018 (8 dimensions from then) and nowhere else", async () => {
    const scores = await fetchDimensionScores(bundled, 'P43');
    const dim1 = scores.filter((s) => s.indicator === '1');
    expect(dim1.map((s) => s.year)).toEqual([
      2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(dim1.filter((s) => !s.comparableWithPrevious).map((s) => s.year)).toEqual([2011, 2018]);
    expect(dim1.find((s) => s.year === 2024)?.score).toBeCloseTo(4.5959, 4);
  });

  it('starts dimensions 7 and 8 in 2018', async () => {
    const scores = await fetchDimensionScores(bundled, 'P43');
    expect(Math.min(...scores.filter((s) => s.indicator === '7').map((s) => s.year))).toBe(2018);
    expect(Math.min(...scores.filter((s) => s.indicator === '8').map((s) => s.year))).toBe(2018);
  });
});

describe('fetchDimensionCompletion', () => {
  it('matches the hand-computed fixture: dimension 1 H1 0/4, Q3 1/4, then 3/4 at 31 Dec (the year, not Q4)', async () => {
    const completion = await fetchDimensionCompletion(fixture, 'P01');
    expect(completion.planTargetYear).toBe(2024);
    expect(completion.taskCounts).toEqual({ '1': 2, '2': 1 });
    const dim1 = completion.points.filter((p) => p.dimension === '1');
    expect(dim1.map((p) => [p.period, p.periodEnd, p.pairsDone, p.pairCount, p.completionRate])).toEqual([
      ['2024-H1', '2024-06-30', 0, 4, 0],
      ['2024-Q3', '2024-09-30', 1, 4, 0.25],
      ['2024', '2024-12-31', 3, 4, 0.75],
    ]);
    expect(completion.points.filter((p) => p.dimension === '2').map((p) => p.completionRate)).toEqual([
      0, 0, 0,
    ]);
  });

  it("gives Đắk Nông's 2024 plan six quarters for each of the 8 dimensions", async () => {
    const completion = await fetchDimensionCompletion(bundled, 'P43');
    expect(completion.planTargetYear).toBe(2024);
    expect(Object.keys(completion.taskCounts).sort()).toEqual(DIMENSIONS.map((d) => d.code));
    const periods = [...new Set(completion.points.map((p) => p.period))];
    expect(periods).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(completion.points).toHaveLength(48);
    for (const p of completion.points) expect(p.completionRate).toBeCloseTo(p.pairsDone / p.pairCount, 10);
  });

  it('says Thừa Thiên Huế has no plan: no target year, no points', async () => {
    expect(await fetchDimensionCompletion(bundled, 'P31')).toEqual({
      planTargetYear: null,
      taskCounts: {},
      points: [],
    });
  });
});

describe('score change in the scatter, only where comparable', () => {
  it('uses 2024 minus 2023 for every dimension of Đắk Nông (same definition both years)', async () => {
    const scores = await fetchDimensionScores(bundled, 'P43');
    const completion = await fetchDimensionCompletion(bundled, 'P43');
    const rows = buildScatterRows(DIMENSIONS, scores, completion.points, '2025-Q4', 2024);
    const score = (code: string, year: number) =>
      scores.find((s) => s.indicator === code && s.year === year)?.score ?? NaN;
    for (const row of rows) {
      expect(row.omitted).toBeNull();
      expect(row.scoreChange).toBeCloseTo(score(row.dimension, 2024) - score(row.dimension, 2023), 10);
    }
  });

  it('leaves every dimension out for a 2018 target (2017 → 2018 is not comparable; 7 and 8 start in 2018)', async () => {
    const scores = await fetchDimensionScores(bundled, 'P43');
    const completion = await fetchDimensionCompletion(bundled, 'P43');
    const rows = buildScatterRows(DIMENSIONS, scores, completion.points, '2025-Q4', 2018);
    expect(rows.map((row) => [row.dimension, row.omitted, row.scoreChange])).toEqual([
      ['1', 'notComparable', null],
      ['2', 'notComparable', null],
      ['3', 'notComparable', null],
      ['4', 'notComparable', null],
      ['5', 'notComparable', null],
      ['6', 'notComparable', null],
      ['7', 'noScore', null],
      ['8', 'noScore', null],
    ]);
  });
});

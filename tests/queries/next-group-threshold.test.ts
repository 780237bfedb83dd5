// The group tile names the distance to the next group up: the cut of that group in the same year,
// checked here against quartiles computed in plain TypeScript from the bundled CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import type { Connector } from '../../src/db/connector.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { createLoadedConnector, readBundledFiles } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

/** Totals of `year` summed from the sub-dimension rows, for provinces with every sub-dimension of that year. */
function totalsFromCsv(year: number): number[] {
  const rows = parseCsvRecords(readBundledFiles().score_rows, [
    'province_code',
    'year',
    'indicator',
    'score',
  ]).filter((row) => Number(row.year) === year);
  const subdimensionCount = new Set(rows.map((row) => row.indicator)).size;
  const byProvince = new Map<string, number[]>();
  for (const row of rows)
    byProvince.set(row.province_code, [...(byProvince.get(row.province_code) ?? []), Number(row.score)]);
  return [...byProvince.values()]
    .filter((scores) => scores.length === subdimensionCount)
    .map((scores) => scores.reduce((sum, score) => sum + score, 0));
}

/** Linear-interpolation quantile (R type 7, what quantile_cont computes). */
function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] ?? Number.NaN;
  return below + (h - lo) * ((sorted[lo + 1] ?? below) - below);
}

describe('nextGroupThreshold', () => {
  it('gives Đắk Nông 2024 (low group) the 25th-percentile cut of the 2024 totals: 41.94', async () => {
    const totals = totalsFromCsv(2024);
    expect(totals).toHaveLength(61);
    const summary = await fetchProvinceYearSummary(conn, 'P43', 2024);
    expect(summary?.group).toBe('low');
    expect(summary?.nextGroupThreshold).toBeCloseTo(quantile(totals, 0.25), 9);
    expect(summary?.nextGroupThreshold?.toFixed(2)).toBe('41.94');
    expect(summary?.total).toBeLessThan(summary?.nextGroupThreshold ?? 0);
  });

  it('gives a province in the upper-middle group the 75th-percentile cut', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P01', 2024);
    expect(summary?.group).toBe('upper_middle');
    expect(summary?.nextGroupThreshold).toBeCloseTo(quantile(totalsFromCsv(2024), 0.75), 9);
  });

  it('has no next group in the high group', async () => {
    const summary = await fetchProvinceYearSummary(conn, 'P31', 2023);
    expect(summary?.group).toBe('high');
    expect(summary?.nextGroupThreshold).toBeNull();
  });
});

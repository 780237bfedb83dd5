import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { createLoadedConnector, readBundledFiles } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const scoreOf = async (province: string, year: number, indicator: string): Promise<number | undefined> => {
  const rows = await conn.query<{ score: number }>(
    sql`SELECT score FROM scores WHERE province_code = ${province} AND year = ${year} AND indicator = ${indicator}`,
  );
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0]?.score;
};

describe('scores view', () => {
  it('sums the published totals', async () => {
    expect((await scoreOf('P43', 2023, 'total'))?.toFixed(2)).toBe('38.97');
    expect(await scoreOf('P43', 2022, 'total')).toBeCloseTo(40.5274, 4);
    expect((await scoreOf('P43', 2022, 'total'))?.toFixed(2)).toBe('40.53');
    expect((await scoreOf('P43', 2024, 'total'))?.toFixed(2)).toBe('40.54');
    expect((await scoreOf('P31', 2023, 'total'))?.toFixed(2)).toBe('46.04');
    expect((await scoreOf('P43', 2016, 'total'))?.toFixed(2)).toBe('35.89');
  });

  it('leaves unscored province-years without a total (not 0)', async () => {
    const rows = await conn.query<{ code: string; total: number | null }>(sql`
      SELECT p.code, s.score AS total FROM provinces p
      LEFT JOIN scores s ON s.province_code = p.code AND s.year = 2023 AND s.indicator = 'total'
      WHERE p.name_vi IN ('Quảng Ninh', 'Bình Dương') AND p.kind = 'old' ORDER BY p.code`);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.total === null)).toBe(true);
  });

  it('drops the total of a 2018 province missing dimensions 2 and 4, keeping its other dimensions', async () => {
    const rows = await conn.query<{ province_code: string; dims: string }>(sql`
      SELECT province_code, string_agg(indicator, ',' ORDER BY indicator) AS dims FROM scores
      WHERE year = 2018 AND level = 'dimension'
      GROUP BY province_code HAVING count(*) < 8 ORDER BY province_code`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.dims).toBe('1,3,5,6,7,8');
      expect(await scoreOf(row.province_code, 2018, 'total')).toBeUndefined();
    }
  });

  it('has 6 dimensions in 2011 and 8 from 2018', async () => {
    const rows = await conn.query<{ year: number; dimension_count: number }>(
      sql`SELECT year, dimension_count FROM dimension_counts WHERE year IN (2011, 2017, 2018, 2024) ORDER BY year`,
    );
    expect(rows.map((row) => row.dimension_count)).toEqual([6, 6, 8, 8]);
    const totals2011 = await conn.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM scores WHERE year = 2011 AND level = 'total'`,
    );
    expect(totals2011[0]?.n).toBeGreaterThan(60);
  });

  it('follows the changing sub-dimension structure (5.2 until 2020, 8.3 from 2019)', async () => {
    const rows = await conn.query<{ year: number; subs: number }>(sql`
      SELECT year, count(DISTINCT indicator)::INTEGER AS subs FROM scores
      WHERE level = 'subdimension' AND indicator IN ('5.2', '8.3') GROUP BY year ORDER BY year`);
    const byYear = new Map(rows.map((row) => [row.year, row.subs]));
    expect(byYear.get(2018)).toBe(1);
    expect(byYear.get(2019)).toBe(2);
    expect(byYear.get(2021)).toBe(1);
    const p43dim5 = await scoreOf('P43', 2023, '5');
    expect(p43dim5).toBeDefined();
  });

  it('never stores a zero for missing data', async () => {
    const rows = await conn.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM scores WHERE score IS NULL OR score = 0`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('scores view with imported dimension and total rows', () => {
  it('uses given dimension and total rows only where the sub-dimensions give no value', async () => {
    const other = await createNodeConnector();
    const files = readBundledFiles();
    const extra = [
      // P43 2023 is complete from sub-dimensions: these must be ignored.
      'P43,2023,1,9.99,import',
      'P43,2023,total,79.99,import',
      // A new year with only dimension rows for P01 and only a total for P02.
      ...['1', '2', '3', '4', '5', '6', '7', '8'].map((d) => `P01,2025,${d},5,import`),
      'P02,2025,total,41.5,import',
    ].join('\n');
    await loadTables(
      other,
      { ...files, score_rows: `${files.score_rows.trimEnd()}\n${extra}\n` },
      { sources: {} },
    );
    const rows = await other.query<{
      province_code: string;
      year: number;
      score: number;
      source: string;
    }>(sql`
      SELECT province_code, year, score, source FROM scores
      WHERE indicator = 'total' AND ((province_code = 'P43' AND year = 2023) OR year = 2025)
      ORDER BY year, province_code`);
    expect(rows.map((row) => [row.province_code, row.year, row.score.toFixed(2)])).toEqual([
      ['P43', 2023, '38.97'],
      ['P01', 2025, '40.00'],
      ['P02', 2025, '41.50'],
    ]);
    const dim1 = await other.query<{ score: number }>(
      sql`SELECT score FROM scores WHERE province_code = 'P43' AND year = 2023 AND indicator = '1'`,
    );
    expect(dim1).toHaveLength(1);
    expect(dim1[0]?.score).not.toBe(9.99);
    await other.close();
  });
});

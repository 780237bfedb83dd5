import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { fetchScoredYears } from '../../src/queries/scored-years.ts';
import { fetchTotalTrend } from '../../src/queries/total-trend.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const HOSTILE = ["P43'", "'; DROP TABLE provinces; --", "P43' OR '1'='1", 'P43"; DROP TABLE score_rows; --'];

describe('values are bound, never spliced', () => {
  it.each(HOSTILE)('treats %j as a province code that matches nothing', async (province) => {
    expect(await fetchScoredYears(conn, province)).toEqual([]);
    expect(await fetchProvinceYearSummary(conn, province, 2023)).toBeNull();
    expect(await fetchDimensionStandings(conn, province, 2023)).toEqual([]);
    const trend = await fetchTotalTrend(conn, province);
    expect(trend.every((point) => point.score === null)).toBe(true);
  });

  it('leaves every table intact', async () => {
    const rows = await conn.query<{ provinces: number; scores: number }>(sql`
      SELECT (SELECT count(*) FROM provinces) AS provinces, (SELECT count(*) FROM score_rows) AS scores`);
    expect(rows[0]?.provinces).toBe(97); // 63 old + 34 new units
    expect(rows[0]?.scores).toBeGreaterThan(20000);
  });
});

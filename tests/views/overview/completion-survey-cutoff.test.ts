// The Overview's dimension table shows completion as of the survey cut-off of the year shown: the same rule
// the Scores vs tasks scatter defaults to (domain/survey-cutoff.ts in TypeScript; in SQL the cut-off is bound
// into the one macro that picks a province's latest period, province_latest_period_by). Both are run here
// against a real DuckDB with the bundled plan 474/KH-UBND and its progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { isAfterSurvey, surveyCutoffDate } from '../../../src/domain/survey-cutoff.ts';
import { fetchDimensionCompletion } from '../../../src/queries/scores-vs-tasks-completion.ts';
import { fetchDimensionStandings } from '../../../src/queries/dimension-standings.ts';
import { defaultPeriod, listReportPeriods } from '../../../src/views/scores-vs-tasks/period-param.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

/** The SQL side: the province's latest period by `surveyYear`'s cut-off, or null. */
async function sqlPeriodBy(provinceCode: string, surveyYear: number): Promise<string | null> {
  const rows = await conn.query<{ period: string }>(sql`
    SELECT period FROM province_latest_period_by(${surveyCutoffDate(surveyYear)})
    WHERE province_code = ${provinceCode}`);
  return rows[0]?.period ?? null;
}

describe('completion as of the survey cut-off', () => {
  it('agrees with the scatter on every period of plan 474, whatever the survey year', async () => {
    const periods = listReportPeriods((await fetchDimensionCompletion(conn, 'P43', 2024)).points);
    expect(periods.length).toBeGreaterThanOrEqual(6);
    const years = periods.map((p) => Number(p.periodEnd.slice(0, 4)));
    // From the year before the first report (none by its cut-off) to the year after the last.
    for (let year = Math.min(...years) - 1; year <= Math.max(...years) + 1; year += 1) {
      const before = periods.filter((p) => !isAfterSurvey(p.periodEnd, year));
      const expected = before.length === 0 ? null : defaultPeriod(periods, year);
      expect(await sqlPeriodBy('P43', year), String(year)).toBe(expected);
    }
  });

  it("shows Đắk Nông's 2024 table as of Quý IV/2024, not the latest report (2025)", async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2024);
    expect(new Set(standings.map((row) => row.progressPeriod))).toEqual(new Set(['2024-Q4']));
    // The rates are those of that period: the table and the scatter's default point say the same.
    const points = (await fetchDimensionCompletion(conn, 'P43', 2024)).points.filter(
      (p) => p.period === '2024-Q4',
    );
    for (const row of standings) {
      const point = points.find((p) => p.dimension === row.indicator);
      expect(row.completionRate, row.indicator).toBeCloseTo(point?.completionRate ?? Number.NaN, 10);
    }
  });
});

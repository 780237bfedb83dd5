// Sections II and III on the bundled plan 474: the units that sent no report for a period (the received
// panel's rule, read by the report), and the quarter after a period. The data is changed last, in the last test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { fetchQuarterlyReportData } from '../../../src/export/quarterly-report/fetch-report-data.ts';
import { quarterAfter } from '../../../src/export/quarterly-report/report-follow-up.ts';
import type { UnitLists } from '../../../src/domain/report-unit-lists.ts';
import { guessUnitLists } from '../../../src/export/report-forms/reporting-units.ts';
import { fetchPlanViewReports, type PlanViewReport } from '../../../src/queries/plan-view-reports.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';

let conn: Connector;
let reports: PlanViewReport[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  reports = await fetchPlanViewReports(conn, 'P43');
});
afterAll(async () => {
  await conn.close();
});

describe("units without a report for the period (the received panel's rule, as the report reads it)", () => {
  const missingFor = async (lists: UnitLists): Promise<readonly string[]> =>
    (
      await fetchQuarterlyReportData(conn, {
        provinceCode: 'P43',
        period: '2025-Q3',
        lang: 'vi',
        unitLists: lists,
        now: new Date(2026, 11, 3),
      })
    ).missingUnits;
  const lists = (): UnitLists => guessUnitLists(reports.map((report) => report.unit));

  it('names none when every unit that reports has sent its report (the bundled sample, Quý III/2025)', async () => {
    // Every unit that existed in Q3 2025 reported for it (the districts ended on 30 June 2025: none is expected).
    const silent = await conn.query<{ unit: string }>(sql`
      SELECT DISTINCT unit FROM task_progress
      WHERE unit NOT IN (SELECT unit FROM task_progress WHERE period = '2025-Q3')
        AND unit NOT IN (SELECT unit FROM unit_lifetimes WHERE ended_on < DATE '2025-07-01')`);
    expect(silent).toEqual([]);
    expect(await missingFor(lists())).toEqual([]);
  });

  it('names a unit the plan names that never reported at all', async () => {
    expect(await missingFor({ ...lists(), commune: ['Xã Đắk Wil'] })).toEqual(['Xã Đắk Wil']);
  });

  it("names a unit whose period's reports are missing, and only it", async () => {
    // The communes' unit that took over from the districts on 1 July 2025 (data/unit-lifetimes.csv).
    const communes = 'UBND các xã, phường (địa bàn tỉnh Đắk Nông cũ)';
    await conn.query(sql`DELETE FROM task_progress WHERE unit = ${communes} AND period = '2025-Q3'`);
    expect(await missingFor(lists())).toEqual([communes]);
  });
});

describe('the quarter after a period', () => {
  it.each([
    ['2025-09-30', '2025-Q4', '2025-12-31'],
    ['2025-12-31', '2026-Q1', '2026-03-31'],
    ['2024-06-30', '2024-Q3', '2024-09-30'],
    ['2024-03-31', '2024-Q2', '2024-06-30'],
  ])('follows %s: %s ending %s', (end, period, periodEnd) => {
    expect(quarterAfter(end)).toEqual({ period, periodEnd });
  });
});

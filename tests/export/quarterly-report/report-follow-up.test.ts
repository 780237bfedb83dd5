// Sections II and III's rules on the bundled plan 474: the units that sent no report for a period, and
// the quarter after a period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector';
import { sql } from '../../../src/db/sql';
import { findUnitsWithoutReport, quarterAfter } from '../../../src/export/quarterly-report/report-follow-up';
import { guessUnitLists } from '../../../src/export/report-forms/reporting-units';
import { fetchPlanViewReports, type PlanViewReport } from '../../../src/queries/plan-view-reports';
import { fetchPlanViewTasks, type PlanViewTask } from '../../../src/queries/plan-view-tasks';
import { createLoadedConnector } from '../../helpers/data-files';

const Q3_2025 = { period: '2025-Q3', periodEnd: '2025-09-30' };
let conn: Connector;
let tasks: PlanViewTask[];
let reports: PlanViewReport[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  tasks = await fetchPlanViewTasks(conn, 'P43');
  reports = await fetchPlanViewReports(conn, 'P43');
});
afterAll(async () => {
  await conn.close();
});

describe('units without a report for the period', () => {
  const lists = () => guessUnitLists(reports.map((report) => report.unit));

  it('names none when every unit that reports has sent its report (the bundled sample, Quý III/2025)', async () => {
    const silent = await conn.query<{ unit: string }>(sql`
      SELECT DISTINCT unit FROM task_progress
      WHERE unit NOT IN (SELECT unit FROM task_progress WHERE period = '2025-Q3')`);
    expect(silent).toEqual([]);
    expect(findUnitsWithoutReport(tasks, reports, Q3_2025, lists())).toEqual([]);
  });

  it("names a unit whose period's reports are missing, and only it", () => {
    const without = reports.filter((r) => !(r.unit === 'Huyện Tuy Đức' && r.period === '2025-Q3'));
    expect(findUnitsWithoutReport(tasks, without, Q3_2025, lists())).toEqual(['Huyện Tuy Đức']);
  });

  it('names a unit the plan names that never reported at all', () => {
    const withCommune = { ...lists(), commune: ['Xã Đắk Wil'] };
    expect(findUnitsWithoutReport(tasks, reports, Q3_2025, withCommune)).toEqual(['Xã Đắk Wil']);
  });

  it('ignores units that first report after the period', () => {
    const early = { period: '2024-Q3', periodEnd: '2024-09-30' };
    const later = [
      ...reports,
      { ...reports[0], unit: 'Sở Xây dựng', period: '2025-Q1', periodEnd: '2025-03-31' } as PlanViewReport,
    ];
    expect(findUnitsWithoutReport(tasks, later, early, guessUnitLists([]))).not.toContain('Sở Xây dựng');
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

// The reporting loop (forms, receipts, the quarterly report) works on the province's current plan: the one aimed at
// its latest target year (the schema's year_plans with no year), not the first plan in text order. A plan kept
// from an earlier year, whose id sorts first, must not take the forms or the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { guessUnitLists } from '../../src/export/report-forms/reporting-units.ts';
import { fetchQuarterlyReportData } from '../../src/export/quarterly-report/fetch-report-data.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { currentPlanOf, fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { createLoadedConnector, loadBundledWithLines } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
  // An older plan of Đắk Nông, aimed at 2023, whose id sorts before 474/KH-UBND, with one task and one report.
  await loadBundledWithLines(conn, {
    plans: ['101/KH-UBND,P43,Kế hoạch 2023,Plan 2023,2023-02-01,test,2023'],
    plan_tasks: ['OLD-1,101/KH-UBND,3,3.1,Nhãn,Nhiệm vụ cũ,Sở Nội vụ,UBND tỉnh,Năm 2023,2023'],
    task_progress: ['OLD-1,2025-Q3,Sở Nội vụ,done,100,2025-09-30,test'],
  });
});
afterAll(async () => {
  await conn.close();
});

describe('the current plan', () => {
  it('is 474/KH-UBND (aimed at 2024), though 101/KH-UBND (2023) comes first in the Plan view', async () => {
    const tasks = await fetchPlanViewTasks(conn, 'P43');
    expect(tasks[0]?.plan).toBe('101/KH-UBND');
    expect(currentPlanOf(tasks)).toBe('474/KH-UBND');
    expect(tasks.filter((task) => task.inCurrentPlan)).toHaveLength(33);
  });

  it('is what the quarterly report is about: its 33 tasks, aimed at 2024', async () => {
    const reports = await fetchPlanViewReports(conn, 'P43');
    const data = await fetchQuarterlyReportData(conn, {
      provinceCode: 'P43',
      period: '2025-Q3',
      lang: 'vi',
      unitLists: guessUnitLists(reports.map((report) => report.unit)),
      now: new Date(2026, 11, 3),
    });
    expect(new Set(data.tasks.map((task) => task.plan))).toEqual(new Set(['474/KH-UBND']));
    expect(data.tasks).toHaveLength(33);
    expect(data.targetYear).toBe(2024);
  });

  it('is none for a province without a plan', async () => {
    expect(currentPlanOf(await fetchPlanViewTasks(conn, 'P01'))).toBeNull();
  });
});

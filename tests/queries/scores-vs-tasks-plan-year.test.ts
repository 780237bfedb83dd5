// Scores vs tasks uses the plan aimed at the selected year when there is one (not the latest plan), else the plan
// aimed nearest to it, as every view that names a year's plan does (the schema's year_plans).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { fetchPlanGoal } from '../../src/queries/plan-goal.ts';
import { fetchDimensionCompletion } from '../../src/queries/scores-vs-tasks-completion.ts';
import { createLoadedConnector, loadBundledWithLines } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
  // A second plan of Đắk Nông aimed at 2025, with one task under dimension 3 and one report.
  await loadBundledWithLines(conn, {
    plans: ['X/2025,P43,Kế hoạch 2025,Plan 2025,2025-03-01,test,2025'],
    plan_tasks: ['X-1,X/2025,3,3.1,Nhãn,Nhiệm vụ thử,Sở Nội vụ,UBND tỉnh,Hàng năm,annual'],
    task_progress: ['X-1,2025-Q1,Sở Nội vụ,done,100,2025-03-31,test'],
  });
});
afterAll(async () => {
  await conn.close();
});

describe('fetchDimensionCompletion with a selected year', () => {
  it('2024: the plan aimed at 2024 (474/KH-UBND, 33 tasks), though a later plan exists', async () => {
    const completion = await fetchDimensionCompletion(conn, 'P43', 2024);
    expect(completion.planTargetYear).toBe(2024);
    expect(Object.values(completion.taskCounts).reduce((a, b) => a + b, 0)).toBe(33);
  });

  it('2025: the plan aimed at 2025, its one task', async () => {
    const completion = await fetchDimensionCompletion(conn, 'P43', 2025);
    expect(completion.planTargetYear).toBe(2025);
    expect(completion.taskCounts).toEqual({ '3': 1 });
    expect(completion.points.map((p) => [p.dimension, p.period, p.completionRate])).toContainEqual([
      '3',
      '2025-Q1',
      1,
    ]);
  });

  it('a year no plan aims at: the plan aimed nearest to it; none given: the current (latest-target) plan', async () => {
    expect((await fetchDimensionCompletion(conn, 'P43', 2019)).planTargetYear).toBe(2024);
    expect((await fetchDimensionCompletion(conn, 'P43', 2030)).planTargetYear).toBe(2025);
    expect((await fetchDimensionCompletion(conn, 'P43', null)).planTargetYear).toBe(2025);
  });
});

describe('one plan per year, whichever view asks', () => {
  it('Scores vs tasks, the dimension standings and the goal panel name the same plan for every year', async () => {
    for (let year = 2016; year <= 2030; year += 1) {
      const completion = await fetchDimensionCompletion(conn, 'P43', year);
      const standings = await fetchDimensionStandings(conn, 'P43', year);
      const goal = await fetchPlanGoal(conn, 'P43', year);
      for (const row of standings) expect(row.planTargetYear, `${year}`).toBe(completion.planTargetYear);
      if (goal !== null) {
        const goalYear = goal.plan === null ? goal.otherPlanTargetYear : year;
        expect(goalYear, `${year}`).toBe(completion.planTargetYear);
      }
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { fetchDatasets } from '../../src/queries/datasets.ts';
import { fetchPlanTasks } from '../../src/queries/plan-tasks.ts';
import { createCompletionFixtureConnector } from '../helpers/data-files.ts';
import { readTaskCompletion, readTaskPairStates } from '../helpers/plan-completion-rows.ts';

// Plan FX/1 of P01: see tests/fixtures/db/completion/README.md.
let conn: Connector;
beforeAll(async () => {
  conn = await createCompletionFixtureConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('the task_completion view', () => {
  it('gives plan, dimension and sub-dimension rows per period, in time order', async () => {
    const rows = await readTaskCompletion(conn, 'P01');
    expect([...new Set(rows.map((row) => row.periodEnd))]).toEqual([
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
    const q4dim1 = rows.find(
      (row) => row.period === '2024-Q4' && row.scope === 'dimension' && row.dimension === '1',
    );
    expect(q4dim1).toMatchObject({
      pairCount: 4,
      pairsDone: 3,
      completionRate: 0.75,
      avgPercent: 85,
      taskCount: 2,
    });
    expect(rows[0]).toMatchObject({ scope: 'plan', period: '2024-H1', completionRate: 0 });
  });

  it('is empty for a province without a plan', async () => {
    expect(await readTaskCompletion(conn, 'P43')).toEqual([]);
  });
});

describe('fetchPlanTasks', () => {
  it('gives each task its state in the latest reported period by default', async () => {
    const tasks = await fetchPlanTasks(conn, 'P01', null);
    expect(tasks.map((t) => [t.taskId, t.pairsDone, t.pairCount, t.neverReported])).toEqual([
      ['A', 2, 2, false],
      ['B', 1, 2, false],
      ['C', 0, 1, true],
    ]);
    // '2024-Q4' and '2024' both end on 31 Dec 2024: the longer period (the year) is the latest.
    expect(tasks.map((t) => t.period)).toEqual(['2024', '2024', '2024']);
    expect(tasks[2]).toMatchObject({
      subdimensionLabel: 'Nhãn 2.1',
      timeframeCode: '2024-Q4',
      completionRate: 0,
    });
  });

  it('gives the state in a chosen period', async () => {
    const tasks = await fetchPlanTasks(conn, 'P01', '2024-Q3');
    expect(tasks.map((t) => [t.taskId, t.pairsDone, t.pairsReported])).toEqual([
      ['A', 1, 2],
      ['B', 0, 0],
      ['C', 0, 0],
    ]);
  });
});

describe('the task_pair_states view', () => {
  it('lists every pair in every period with the report it comes from', async () => {
    const states = await readTaskPairStates(conn, 'P01');
    expect(states).toHaveLength(5 * 4);
    const aU1q4 = states.find((s) => s.taskId === 'A' && s.unit === 'U1' && s.period === '2024-Q4');
    expect(aU1q4).toMatchObject({ reportPeriod: '2024-Q3', status: 'done', isDone: true, isReported: true });
    const c = states.find((s) => s.taskId === 'C' && s.period === '2024-Q3');
    expect(c).toMatchObject({ unit: null, status: null, isDone: false, isReported: false });
  });
});

describe('fetchDatasets', () => {
  it('lists the loaded tables with their sources', async () => {
    const datasets = await fetchDatasets(conn);
    expect(datasets.map((d) => d.name)).toEqual([
      'indicators',
      'plan_goals',
      'plan_tasks',
      'plans',
      'provinces',
      'score_rows',
      'survey_indicators',
      'task_progress',
      'unit_lifetimes',
    ]);
    expect(datasets.find((d) => d.name === 'task_progress')).toMatchObject({
      source: 'fixture',
      isSample: false,
      rowCount: 6,
    });
    expect(datasets.find((d) => d.name === 'provinces')).toMatchObject({ isSample: false, rowCount: 97 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { fetchPlanTaskStanding } from '../../src/queries/plan-task-standing.ts';
import { createCompletionFixtureConnector, readDbFixture } from '../helpers/data-files.ts';

// The fixture and the expected figures are documented in tests/fixtures/db/completion/README.md.
let conn: Connector;
beforeAll(async () => {
  conn = await createCompletionFixtureConnector();
});
afterAll(async () => {
  await conn.close();
});

interface CompletionRow {
  scope: string;
  dimension: string | null;
  subdimension: string | null;
  period: string;
  task_count: number;
  pair_count: number;
  pairs_done: number;
  pairs_reported: number;
  tasks_never_reported: number;
  completion_rate: number;
  avg_percent: number;
}

const completion = (scope: string, dimension: string | null, period: string) =>
  conn
    .query<CompletionRow>(
      sql`SELECT * FROM task_completion WHERE plan = 'FX/1' AND scope = ${scope}
          AND dimension IS NOT DISTINCT FROM ${dimension} AND period = ${period}`,
    )
    .then((rows) => {
      expect(rows).toHaveLength(1);
      return rows[0];
    });

describe('papi_period_end', () => {
  it('maps quarters, halves, months and years to their last day', async () => {
    const rows = await conn.query<{ p: string; end: string | null }>(sql`
      SELECT p, papi_period_end(p) AS "end"
      FROM (VALUES ('2024-Q3'), ('2024-Q1'), ('2024-H1'), ('2024-H2'), ('2024'), ('2024-02'), (' 2025-q4 '), ('Q3/2024'), ('2024-Q5')) t(p)`);
    expect(Object.fromEntries(rows.map((row) => [row.p, row.end]))).toEqual({
      '2024-Q3': '2024-09-30',
      '2024-Q1': '2024-03-31',
      '2024-H1': '2024-06-30',
      '2024-H2': '2024-12-31',
      '2024': '2024-12-31',
      '2024-02': '2024-02-29',
      ' 2025-q4 ': '2025-12-31',
      'Q3/2024': null,
      '2024-Q5': null,
    });
  });
});

describe('papi_period_months', () => {
  it('gives the months a period covers', async () => {
    const rows = await conn.query<{ p: string; months: number | null }>(sql`
      SELECT p, papi_period_months(p) AS months
      FROM (VALUES ('2024-Q4'), ('2024-H2'), ('2024-12'), ('2024'), (' 2024-h1 '), ('Q3/2024')) t(p)`);
    expect(Object.fromEntries(rows.map((row) => [row.p, row.months]))).toEqual({
      '2024-Q4': 3,
      '2024-H2': 6,
      '2024-12': 1,
      '2024': 12,
      ' 2024-h1 ': 6,
      'Q3/2024': null,
    });
  });
});

describe('province_latest_periods', () => {
  it("gives the fixture's latest period as the year 2024, not its last quarter (same end)", async () => {
    expect(await conn.query(sql`SELECT province_code, period FROM province_latest_periods`)).toEqual([
      { province_code: 'P01', period: '2024' },
    ]);
  });

  describe('with other reports loaded', () => {
    let other: Connector;
    beforeAll(async () => {
      other = await createCompletionFixtureConnector();
    });
    afterAll(async () => {
      await other.close();
    });

    // Rule: among the periods that end last, the longest wins (year > half > quarter > month).
    it.each([
      [['2024-12', '2024-Q4', '2024-H2', '2024'], '2024'],
      [['2024', '2024-H2', '2024-Q4', '2024-12'], '2024'],
      [['2024-12', '2024-Q4', '2024-H2'], '2024-H2'],
      [['2024-Q4', '2024-12'], '2024-Q4'],
      [['2025-01', '2024'], '2025-01'],
    ])('picks the longest of the periods ending last among %j: %s', async (periods, expected) => {
      const progress = [
        'task_id,period,unit,status,percent,reported_on,note',
        ...periods.map((period) => `A,${period},U1,in_progress,10,2025-02-01,`),
      ].join('\n');
      await loadTables(other, { task_progress: progress }, { sources: { task_progress: 'ties.csv' } });
      const rows = await other.query<{ period: string }>(
        sql`SELECT period FROM province_latest_periods WHERE province_code = 'P01'`,
      );
      expect(rows).toEqual([{ period: expected }]);
    });

    // A period counts for a province when one of its own units reported in it: another province's later
    // report is no report of this one, even though its annual tasks carry their reports into that period.
    it("is the province's own latest report period, whatever another province reported later", async () => {
      const fixture = (name: string, extra: string): string => `${readDbFixture(name)}\n${extra}`;
      await loadTables(
        other,
        {
          plans: fixture('completion/plans.csv', 'FX/2,P02,Kế hoạch khác,Other plan,2025-01-10,fixture,2025'),
          plan_tasks: fixture(
            'completion/plan-tasks.csv',
            'Z,FX/2,1,1.1,Nhãn 1.1,Nhiệm vụ Z,Sở Nội vụ,UBND tỉnh,Hàng năm,annual',
          ),
          task_progress: fixture(
            'completion/task-progress.csv',
            'Z,2025-Q1,U9,in_progress,30,2025-04-05,other',
          ),
        },
        { sources: { plans: 'two.csv', plan_tasks: 'two.csv', task_progress: 'two.csv' } },
      );
      expect(
        await other.query(sql`SELECT province_code, period FROM province_latest_periods ORDER BY 1`),
      ).toEqual([
        { province_code: 'P01', period: '2024' },
        { province_code: 'P02', period: '2025-Q1' },
      ]);
      // The Overview's glance judges the plan as of that period (fetchPlanTaskStanding, the Plan view's rule).
      expect(await fetchPlanTaskStanding(other, 'P01', 2024)).toMatchObject({ period: '2024', taskCount: 3 });
    });
  });
});

describe('task_completion', () => {
  it('counts a never-reported task as one not-done pair, in every period', async () => {
    for (const period of ['2024-H1', '2024-Q3', '2024-Q4', '2024']) {
      expect(await completion('dimension', '2', period)).toMatchObject({
        task_count: 1,
        pair_count: 1,
        pairs_done: 0,
        pairs_reported: 0,
        tasks_never_reported: 1,
        completion_rate: 0,
      });
    }
  });

  it('carries a pair done in Q3 into Q4 and counts pairs with no report yet as not done', async () => {
    expect(await completion('plan', null, '2024-H1')).toMatchObject({
      task_count: 3,
      pair_count: 5,
      pairs_done: 0,
      pairs_reported: 1,
    });
    expect(await completion('plan', null, '2024-Q3')).toMatchObject({
      pair_count: 5,
      pairs_done: 1,
      completion_rate: 0.2,
    });
    expect(await completion('dimension', '1', '2024-Q3')).toMatchObject({
      pair_count: 4,
      pairs_done: 1,
      completion_rate: 0.25,
    });
    expect(await completion('dimension', '1', '2024-Q4')).toMatchObject({
      pair_count: 4,
      pairs_done: 3,
      pairs_reported: 4,
      completion_rate: 0.75,
      avg_percent: 85,
    });
    expect(await completion('plan', null, '2024')).toMatchObject({ pairs_done: 3, completion_rate: 0.6 });
  });

  it('breaks down by sub-dimension', async () => {
    const rows = await conn.query<CompletionRow>(sql`
      SELECT * FROM task_completion WHERE plan = 'FX/1' AND scope = 'subdimension' AND period = '2024-Q4'
      ORDER BY subdimension`);
    expect(rows.map((row) => [row.subdimension, row.pairs_done, row.pair_count])).toEqual([
      ['1.1', 2, 2],
      ['1.2', 1, 2],
      ['2.1', 0, 1],
    ]);
  });

  it('keeps the latest state per pair, with the report it came from', async () => {
    const rows = await conn.query<{ status: string; report_period: string }>(sql`
      SELECT status, report_period FROM task_pair_states WHERE task_id = 'A' AND unit = 'U1' AND period = '2024-Q4'`);
    expect(rows).toEqual([{ status: 'done', report_period: '2024-Q3' }]);
  });

  it('keeps quoted newlines and quotes in task text', async () => {
    const rows = await conn.query<{ task: string }>(sql`SELECT task FROM plan_tasks ORDER BY task_id`);
    expect(rows.map((row) => row.task)).toEqual([
      'Nhiệm vụ A, có dấu phẩy\nvà xuống dòng',
      'Nhiệm vụ "B"',
      'Nhiệm vụ C',
    ]);
  });
});

// Units that ended or began part-way (data/unit-lifetimes.csv: Đắk Nông's 8 districts ended on 30 June 2025,
// the communes' unit began on 1 July 2025), on real DuckDB with the bundled data: a unit is "chưa báo cáo"
// only in periods it existed in, in SQL (task_pair_states, read by the Overview and Scores vs tasks) and in
// the Plan view's pairs alike, and the plan's completion does not collapse when the districts go.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { buildPairStates } from '../../src/domain/task-state-pairs.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

const readData = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8');

const Q2 = { period: '2025-Q2', periodEnd: '2025-06-30' };
const Q3 = { period: '2025-Q3', periodEnd: '2025-09-30' };

const lifetimes = parseCsvRecords(readData('unit-lifetimes.csv'), [
  'unit',
  'started_on',
  'ended_on',
] as const);
const endedUnits = lifetimes.filter((row) => row.ended_on !== '').map((row) => row.unit);
const startedUnits = lifetimes.filter((row) => row.started_on !== '').map((row) => row.unit);

/** From the CSVs: a "Thường xuyên" task and a unit that ended on 30 June 2025 which sent no report for 2025-Q2. */
function endedUnitSilentInQ2(): { taskId: string; unit: string } {
  const tasks = parseCsvRecords(readData('plan-tasks.csv'), ['task_id', 'timeframe_code'] as const);
  const progress = parseCsvRecords(readData('task-progress.sample.csv'), [
    'task_id',
    'period',
    'unit',
  ] as const);
  for (const task of tasks.filter((t) => t.timeframe_code === 'continuous')) {
    const rows = progress.filter((row) => row.task_id === task.task_id);
    for (const unit of endedUnits) {
      const reported = rows.filter((row) => row.unit === unit);
      if (reported.length > 0 && !reported.some((row) => row.period === '2025-Q2'))
        return { taskId: task.task_id, unit };
    }
  }
  throw new Error('the sample has no district without a 2025-Q2 report on a continuous task');
}

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

interface PairRow {
  unit: string | null;
  period: string;
  is_reported: boolean;
}
const sqlPairs = (taskId: string): Promise<PairRow[]> =>
  conn.query<PairRow>(sql`
    SELECT unit, period, is_reported FROM task_pair_states WHERE task_id = ${taskId} ORDER BY period, unit`);

describe('a unit is expected to report only while it exists', () => {
  it('a district with no 2025-Q2 report is "chưa báo cáo" in 2025-Q2, and has no pair at all from 2025-Q3', async () => {
    const { taskId, unit } = endedUnitSilentInQ2();
    const rows = (await sqlPairs(taskId)).filter((row) => row.unit === unit);
    expect(rows.find((row) => row.period === '2025-Q2')).toMatchObject({ is_reported: false });
    expect(rows.filter((row) => row.period >= '2025-Q3')).toEqual([]);

    const [tasks, reports] = await Promise.all([
      fetchPlanViewTasks(conn, 'P43'),
      fetchPlanViewReports(conn, 'P43'),
    ]);
    const stateIn = (asOf: typeof Q2) =>
      buildPairStates(tasks, reports, asOf).find((pair) => pair.taskId === taskId && pair.unit === unit)
        ?.state;
    expect(stateIn(Q2)).toBe('not_reported');
    expect(stateIn(Q3)).toBeUndefined();
  });

  it("no district is counted in 2025-Q3 or 2025-Q4, and the communes' unit is counted only from 2025-Q3", async () => {
    const rows = await conn.query<{ unit: string; period: string }>(sql`
      SELECT DISTINCT unit, period FROM task_pair_states WHERE plan = '474/KH-UBND' AND unit IS NOT NULL`);
    const unitsIn = (period: string): string[] =>
      rows.filter((row) => row.period === period).map((row) => row.unit);
    for (const period of ['2025-Q3', '2025-Q4']) {
      expect(
        unitsIn(period).filter((unit) => endedUnits.includes(unit)),
        period,
      ).toEqual([]);
      expect(unitsIn(period), period).toEqual(expect.arrayContaining(startedUnits));
    }
    for (const period of ['2024-Q3', '2025-Q2']) {
      expect(unitsIn(period), period).toEqual(expect.arrayContaining(endedUnits));
      expect(
        unitsIn(period).filter((unit) => startedUnits.includes(unit)),
        period,
      ).toEqual([]);
    }
  });

  it("the plan's completion does not fall when the communes take over from the districts (2025-Q2 → 2025-Q3)", async () => {
    const rows = await conn.query<{ period: string; completion_rate: number }>(sql`
      SELECT period, completion_rate FROM task_completion
      WHERE plan = '474/KH-UBND' AND scope = 'plan' AND period IN ('2025-Q2', '2025-Q3') ORDER BY period`);
    const [q2, q3] = rows.map((row) => row.completion_rate);
    expect(q2).toBeGreaterThan(0);
    expect(q3).toBeGreaterThanOrEqual(q2 ?? Infinity);
  });
});

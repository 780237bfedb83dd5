// The Plan view's queries on real DuckDB with the bundled data, and the states built from them, checked
// against counts computed here independently from the CSV rows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv';
import type { Connector } from '../../src/db/connector';
import { buildPairStates, listReportedPeriods } from '../../src/domain/task-state-pairs';
import { countStates } from '../../src/domain/task-state-summary';
import { fetchPlanViewLatestPeriod } from '../../src/queries/plan-view-latest-period';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks';
import { createLoadedConnector } from '../helpers/data-files';

const readData = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8');

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

/** The state counts of Đắk Nông's pairs in 2025-Q4, straight from the CSV files (rules written out again). */
function countsFromCsv(): Record<string, number> {
  const tasks = parseCsvRecords(readData('plan-tasks.csv'), ['task_id', 'timeframe_code'] as const);
  const progress = parseCsvRecords(readData('task-progress.sample.csv'), [
    'task_id',
    'period',
    'unit',
    'status',
    'reported_on',
  ] as const);
  const counts: Record<string, number> = {};
  const add = (state: string): void => {
    counts[state] = (counts[state] ?? 0) + 1;
  };
  for (const task of tasks) {
    const rows = progress.filter((row) => row.task_id === task.task_id);
    if (rows.length === 0) {
      add('not_reported');
      continue;
    }
    for (const unit of new Set(rows.map((row) => row.unit))) {
      // Quarter labels 'YYYY-Qn' sort in time order as text.
      const own = rows.filter((row) => row.unit === unit).sort((a, b) => a.period.localeCompare(b.period));
      if (task.timeframe_code !== 'annual') {
        const q4 = own.find((row) => row.period === '2025-Q4');
        if (q4 === undefined) add('not_reported');
        else if (q4.status === 'done') add('continuous_done');
        else if (q4.status === 'in_progress') add('continuous_in_progress');
        else add('continuous_not_started');
        continue;
      }
      // Annual tasks of a plan aimed at 2024 are due 2024-12-31; 2025-Q4 ends after it.
      let index = own.length - 1;
      if (own[index]?.status !== 'done') {
        add('overdue');
        continue;
      }
      while (index > 0 && own[index - 1]?.status === 'done') index -= 1;
      add((own[index]?.reported_on ?? '') <= '2024-12-31' ? 'done_on_time' : 'done_late');
    }
  }
  return counts;
}

describe('Plan view queries (bundled data)', () => {
  it("lists Đắk Nông's 33 tasks with the plan's target year", async () => {
    const tasks = await fetchPlanViewTasks(conn, 'P43');
    expect(tasks).toHaveLength(33);
    expect(tasks[0]).toMatchObject({
      taskId: '474-1.1-a',
      plan: '474/KH-UBND',
      targetYear: 2024,
      dimension: '1',
    });
    expect(tasks.filter((task) => task.timeframeCode === 'annual')).toHaveLength(8);
  });

  it('gives every report with its period end and an ISO report date', async () => {
    const reports = await fetchPlanViewReports(conn, 'P43');
    expect(reports).toHaveLength(1488);
    expect(reports[0]).toMatchObject({ period: '2024-Q3', periodEnd: '2024-09-30', periodMonths: 3 });
    expect(reports.every((report) => /^\d{4}-\d{2}-\d{2}$/.test(report.reportedOn ?? ''))).toBe(true);
    expect(listReportedPeriods(reports).map((period) => period.period)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
  });

  it("counts Đắk Nông's pairs per state in the latest period as the CSV rows say", async () => {
    const [tasks, reports, latest] = await Promise.all([
      fetchPlanViewTasks(conn, 'P43'),
      fetchPlanViewReports(conn, 'P43'),
      fetchPlanViewLatestPeriod(conn, 'P43'),
    ]);
    expect(latest).toBe('2025-Q4');
    const pairs = buildPairStates(tasks, reports, { period: '2025-Q4', periodEnd: '2025-12-31' });
    const { counts, pairCount } = countStates('P43', pairs);
    const expected = countsFromCsv();
    expect(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))).toEqual(expected);
    expect(pairCount).toBe(Object.values(expected).reduce((sum, n) => sum + n, 0));
    // The three tasks nobody reported on stay visible as one pair each.
    expect(counts.not_reported).toBeGreaterThanOrEqual(3);
  });

  it('is empty for a province without a plan (Thừa Thiên Huế, P31)', async () => {
    expect(await fetchPlanViewTasks(conn, 'P31')).toEqual([]);
    expect(await fetchPlanViewReports(conn, 'P31')).toEqual([]);
    expect(await fetchPlanViewLatestPeriod(conn, 'P31')).toBeNull();
  });
});

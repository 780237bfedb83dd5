// The Plan view's queries on real DuckDB with the bundled data, and the states built from them, checked
// against counts computed here independently from the CSV rows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import type { Connector } from '../../src/db/connector.ts';
import { buildPairStates, listReportedPeriods } from '../../src/domain/task-state-pairs.ts';
import { countStates } from '../../src/domain/task-state-summary.ts';
import { fetchPlanViewLatestPeriod } from '../../src/queries/plan-view-latest-period.ts';
import { fetchPlanViewReports } from '../../src/queries/plan-view-reports.ts';
import { fetchPlanViewTasks } from '../../src/queries/plan-view-tasks.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

const readData = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8');

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

/** Last day of a quarter label 'YYYY-Qn' (the sample reports quarterly). */
function quarterEnd(period: string): string {
  const [year, quarter] = period.split('-Q');
  return `${year ?? ''}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter) - 1] ?? ''}`;
}

/** The units data/unit-lifetimes.csv ends before 2025-Q4 starts (the districts, on 2025-06-30). */
function unitsEndedBeforeQ4(): Set<string> {
  const lifetimes = parseCsvRecords(readData('unit-lifetimes.csv'), ['unit', 'ended_on'] as const);
  return new Set(
    lifetimes.filter((row) => row.ended_on !== '' && row.ended_on < '2025-10-01').map((row) => row.unit),
  );
}

/**
 * The state counts of Đắk Nông's pairs in 2025-Q4, straight from the CSV files (the README's rules
 * written out again): annual tasks are due 2024-12-31 and done on time when the first report of the
 * latest run saying done covers a period that ended by then or is dated by then; a unit that no longer
 * existed in 2025-Q4 and did not report for it has no pair.
 */
function countsFromCsv(progressCsv: string): Record<string, number> {
  const tasks = parseCsvRecords(readData('plan-tasks.csv'), ['task_id', 'timeframe_code'] as const);
  const ended = unitsEndedBeforeQ4();
  const progress = parseCsvRecords(progressCsv, [
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
    const units = [...new Set(rows.map((row) => row.unit))].filter(
      (unit) => !ended.has(unit) || rows.some((row) => row.unit === unit && row.period === '2025-Q4'),
    );
    if (units.length === 0) add('not_reported');
    for (const unit of units) {
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
      const firstDone = own[index];
      const doneByDeadline =
        firstDone !== undefined &&
        (quarterEnd(firstDone.period) <= '2024-12-31' ||
          (firstDone.reported_on !== '' && firstDone.reported_on <= '2024-12-31'));
      add(doneByDeadline ? 'done_on_time' : 'done_late');
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

  it("gives every report with its period end, an ISO report date and its unit's lifetime", async () => {
    const reports = await fetchPlanViewReports(conn, 'P43');
    expect(reports).toHaveLength(parseCsvRecords(readData('task-progress.sample.csv'), ['task_id']).length);
    expect(reports.find((report) => report.unit === 'Huyện Cư Jút')).toMatchObject({
      unitStartedOn: null,
      unitEndedOn: '2025-06-30',
    });
    expect(reports.find((report) => report.unit === 'Sở Tư pháp')).toMatchObject({
      unitStartedOn: null,
      unitEndedOn: null,
    });
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
    const expected = countsFromCsv(readData('task-progress.sample.csv'));
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

  // Last: it replaces the loaded progress.
  it('counts an annual task first reported done for Q4 2024, filed in January 2025, as done on time', async () => {
    // Huyện Đắk Glong says 474-1.4-a (annual, due 2024-12-31) is done from 2024-Q4 on; that report is dated 2025-01-20.
    const progress = readData('task-progress.sample.csv').replace(
      /^(474-1\.4-a,(?:2024-Q4|2025-Q[1-4]),Huyện Đắk Glong,)[a-z_]+,\d+,/gmu,
      '$1done,100,',
    );
    expect(progress).toContain('474-1.4-a,2024-Q4,Huyện Đắk Glong,done,100,2025-01-20');
    await loadTables(conn, { task_progress: progress }, { sources: { task_progress: 'test' } });
    const [tasks, reports] = await Promise.all([
      fetchPlanViewTasks(conn, 'P43'),
      fetchPlanViewReports(conn, 'P43'),
    ]);
    // As of 2025-Q2, the district's last quarter (it ended on 30 June 2025).
    const q2 = buildPairStates(tasks, reports, { period: '2025-Q2', periodEnd: '2025-06-30' });
    const pair = q2.find((p) => p.taskId === '474-1.4-a' && p.unit === 'Huyện Đắk Glong');
    expect(pair).toMatchObject({
      state: 'done_on_time',
      report: { period: '2024-Q4', reportedOn: '2025-01-20' },
    });
    const pairs = buildPairStates(tasks, reports, { period: '2025-Q4', periodEnd: '2025-12-31' });
    const { counts } = countStates('P43', pairs);
    expect(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))).toEqual(
      countsFromCsv(progress),
    );
  });
});

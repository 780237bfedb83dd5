import { describe, expect, it } from 'vitest';
import { buildPairStates, type StateReport } from '../../../src/domain/task-state-pairs.ts';
import type { PlanViewTask } from '../../../src/queries/plan-view-tasks.ts';
import { buildCompletionGrid } from '../../../src/views/plan/completion-grid.ts';
import { buildTaskRows, filterTaskRows, rowCounts } from '../../../src/views/plan/plan-model.ts';
import { EMPTY_PLAN_FILTERS } from '../../../src/views/plan/plan-params.ts';
import { TASK_STATES } from '../../../src/domain/task-state.ts';
import { countTasksByState } from '../../../src/domain/task-state-task-counts.ts';

const task = (
  taskId: string,
  dimension: string,
  text: string,
  agencies: string,
  timeframeCode: string,
): PlanViewTask => ({
  taskId,
  plan: 'P/1',
  planTitleVi: null,
  planTitleEn: null,
  targetYear: 2024,
  inCurrentPlan: true,
  dimension,
  subdimension: null,
  subdimensionLabel: null,
  task: text,
  executingAgencies: agencies,
  supervisingAgencies: null,
  timeframe: null,
  timeframeCode,
});
const tasks = [
  task(
    'A',
    '3',
    'Công khai kết quả phòng, chống tham nhũng',
    'Thanh tra tỉnh; Chủ tịch UBND cấp huyện',
    'annual',
  ),
  task('B', '4', 'Giải quyết đơn thư về đất đai', 'Sở Tài nguyên và Môi trường', 'continuous'),
  task('C', '3', 'Kiểm soát tài sản, thu nhập', 'Thanh tra tỉnh', 'annual'),
];
const report = (
  taskId: string,
  unit: string,
  period: string,
  periodEnd: string,
  status: StateReport['status'],
  reportedOn: string,
): StateReport => ({
  taskId,
  unit,
  period,
  periodEnd,
  periodMonths: 3,
  status,
  percent: null,
  reportedOn,
});
const reports = [
  report('A', 'Huyện X', '2024-Q4', '2024-12-31', 'done', '2024-12-20'),
  report('A', 'Huyện Y', '2024-Q4', '2024-12-31', 'in_progress', '2025-01-10'),
  report('B', 'Huyện X', '2024-Q4', '2024-12-31', 'done', '2025-01-10'),
  report('A', 'Huyện Y', '2025-Q1', '2025-03-31', 'in_progress', '2025-04-10'),
];
const Q1 = { period: '2025-Q1', periodEnd: '2025-03-31' };
const rows = buildTaskRows(tasks, buildPairStates(tasks, reports, Q1));
const ids = (filters: Partial<typeof EMPTY_PLAN_FILTERS>): string[] =>
  filterTaskRows(rows, { ...EMPTY_PLAN_FILTERS, ...filters }).map((row) => row.task.taskId);

describe('task table rows', () => {
  it('finds tasks by words without diacritics', () => {
    expect(ids({ q: 'tham nhung' })).toEqual(['A']);
    expect(ids({ q: 'dat dai' })).toEqual(['B']);
    expect(ids({ q: 'thanh tra' })).toEqual(['A', 'C']);
  });

  it('filters by dimension, executing agency (one of the ";" list), unit and state', () => {
    expect(ids({ dimension: '3' })).toEqual(['A', 'C']);
    expect(ids({ agency: 'Chủ tịch UBND cấp huyện' })).toEqual(['A']);
    expect(ids({ unit: 'Huyện X' })).toEqual(['A', 'B']);
    expect(ids({ status: 'overdue' })).toEqual(['A']);
    expect(ids({ status: 'not_reported' })).toEqual(['B', 'C']);
    // With a unit chosen, the state is that unit's: Huyện X is done on A, so A is not overdue for it.
    expect(ids({ unit: 'Huyện X', status: 'overdue' })).toEqual([]);
  });

  it("counts a row's states for the chosen unit only", () => {
    const a = rows[0];
    expect(a && rowCounts(a, { unit: null }).counts).toMatchObject({ done_on_time: 1, overdue: 1 });
    expect(a && rowCounts(a, { unit: 'Huyện Y' }).counts).toMatchObject({ done_on_time: 0, overdue: 1 });
  });

  it('builds the completion grid: whole plan first, then dimensions, one cell per period', () => {
    const grid = buildCompletionGrid(tasks, reports, [
      { ...{ period: '2024-Q4', periodEnd: '2024-12-31' }, periodMonths: 3 },
      { ...Q1, periodMonths: 3 },
    ]);
    expect(
      grid.map((row) => [row.dimension, row.cells.map((cell) => `${cell.pairsDone}/${cell.pairCount}`)]),
    ).toEqual([
      ['', ['2/4', '1/4']],
      ['3', ['1/3', '1/3']],
      ['4', ['1/1', '0/1']],
    ]);
  });
});

describe('the state counts and the status filter', () => {
  it("counts in each state exactly the tasks that state's filter shows", () => {
    const counts = countTasksByState(rows.flatMap((row) => row.pairs));
    for (const state of TASK_STATES) expect(ids({ status: state }), state).toHaveLength(counts.tasks[state]);
    // Several states have tasks here (done on time, overdue, not reported), so the loop checks real counts.
    expect(TASK_STATES.filter((state) => counts.tasks[state] > 0)).toEqual([
      'done_on_time',
      'overdue',
      'not_reported',
    ]);
  });
});

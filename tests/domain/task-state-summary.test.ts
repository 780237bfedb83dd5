import { describe, expect, it } from 'vitest';
import {
  buildPairStates,
  listReportedPeriods,
  type StateReport,
  type StateTask,
} from '../../src/domain/task-state-pairs.ts';
import { countStates, countStatesBy, findMissingReporters } from '../../src/domain/task-state-summary.ts';

const tasks: StateTask[] = [
  {
    taskId: 'A',
    dimension: '1',
    executingAgencies: 'Sở X; Huyện Y',
    timeframeCode: 'annual',
    targetYear: 2024,
  },
  { taskId: 'B', dimension: '1', executingAgencies: 'Sở X', timeframeCode: 'continuous', targetYear: 2024 },
  { taskId: 'C', dimension: '2', executingAgencies: null, timeframeCode: 'annual', targetYear: 2024 },
];
const r = (
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
  periodMonths: period.length === 4 ? 12 : 3,
  status,
  reportedOn,
  percent: null,
});
const reports: StateReport[] = [
  r('A', 'U1', '2024-Q3', '2024-09-30', 'done', '2024-10-10'),
  r('A', 'U2', '2024-Q3', '2024-09-30', 'in_progress', '2024-10-10'),
  r('A', 'U2', '2024-Q4', '2024-12-31', 'in_progress', '2025-01-10'),
  r('B', 'U1', '2024-Q4', '2024-12-31', 'done', '2025-01-10'),
  r('B', 'U1', '2024', '2024-12-31', 'done', '2025-01-15'),
];

describe('pair states', () => {
  it('orders periods by end, then length, then label', () => {
    expect(listReportedPeriods(reports).map((p) => p.period)).toEqual(['2024-Q3', '2024-Q4', '2024']);
  });

  it('gives every pair a state, a never-reported task one pair with no unit', () => {
    const pairs = buildPairStates(tasks, reports, { period: '2024-Q4', periodEnd: '2024-12-31' });
    expect(pairs.map((p) => [p.taskId, p.unit, p.state, p.reportedThisPeriod])).toEqual([
      ['A', 'U1', 'done_on_time', false],
      ['A', 'U2', 'in_progress_on_time', true],
      ['B', 'U1', 'continuous_done', true],
      ['C', null, 'not_reported', false],
    ]);
  });

  it('counts states by key, done share included, and lists missing reporters per dimension', () => {
    const pairs = buildPairStates(tasks, reports, { period: '2024-Q4', periodEnd: '2024-12-31' });
    const all = countStates('all', pairs);
    expect(all).toMatchObject({ pairCount: 4, pairsDone: 2, completionRate: 0.5 });
    expect(all.counts.not_reported).toBe(1);
    const byDimension = countStatesBy(pairs, (p) => (p.dimension === null ? [] : [p.dimension]));
    expect(byDimension.map((c) => [c.key, c.pairsDone, c.pairCount])).toEqual([
      ['1', 2, 3],
      ['2', 0, 1],
    ]);
    expect(findMissingReporters(pairs)).toEqual([
      { dimension: '1', units: [{ unit: 'U1', missingTaskIds: ['A'], taskCount: 2 }] },
      { dimension: '2', units: [{ unit: null, missingTaskIds: ['C'], taskCount: 1 }] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildPairStates, type StateReport, type StateTask } from '../../src/domain/task-state-pairs.ts';
import { countTasksByState } from '../../src/domain/task-state-task-counts.ts';
import { TASK_STATES } from '../../src/domain/task-state.ts';

// Annual tasks of a 2024 plan are due 31/12/2024; judged at the end of 2025-Q1, not done means overdue.
const annual = (taskId: string): StateTask => ({
  taskId,
  dimension: '1',
  executingAgencies: null,
  timeframeCode: 'annual',
  targetYear: 2024,
});
const tasks = [annual('A'), annual('B'), annual('C')];
const report = (taskId: string, unit: string, status: StateReport['status']): StateReport => ({
  taskId,
  unit,
  period: '2025-Q1',
  periodEnd: '2025-03-31',
  periodMonths: 3,
  status,
  reportedOn: '2025-04-05',
  percent: null,
});
// A: three districts, two of them not done (overdue) and one done late; B: one district, overdue; C: never reported.
const reports = [
  report('A', 'Huyện X', 'in_progress'),
  report('A', 'Huyện Y', 'not_started'),
  report('A', 'Huyện Z', 'done'),
  report('B', 'Huyện X', 'in_progress'),
];
const pairs = buildPairStates(tasks, reports, { period: '2025-Q1', periodEnd: '2025-03-31' });

describe('counting tasks and pairs per state', () => {
  it('counts a task once in a state however many of its units are in it, and every pair', () => {
    const counts = countTasksByState(pairs);
    expect(counts.taskCount).toBe(3);
    expect(counts.pairCount).toBe(5);
    // Three overdue pairs come from only two tasks: the figures a leader must not confuse.
    expect(counts.pairs.overdue).toBe(3);
    expect(counts.tasks.overdue).toBe(2);
  });

  it('counts a task in each state one of its units is in, so task counts may exceed the tasks', () => {
    const counts = countTasksByState(pairs);
    expect(counts.tasks.done_late).toBe(1);
    expect(counts.tasks.not_reported).toBe(1);
    const taskSum = TASK_STATES.reduce((sum, state) => sum + counts.tasks[state], 0);
    const pairSum = TASK_STATES.reduce((sum, state) => sum + counts.pairs[state], 0);
    expect(taskSum).toBe(4);
    expect(taskSum).toBeGreaterThan(counts.taskCount);
    expect(pairSum).toBe(counts.pairCount);
  });

  it('counts nothing without pairs', () => {
    const counts = countTasksByState([]);
    expect(counts).toMatchObject({ taskCount: 0, pairCount: 0 });
    expect(TASK_STATES.every((state) => counts.tasks[state] === 0 && counts.pairs[state] === 0)).toBe(true);
  });
});

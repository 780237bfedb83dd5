import { describe, expect, it } from 'vitest';
import { taskDeadline, type TaskDeadline } from '../../src/domain/deadline.ts';
import { judgeTaskState, type PairReport, type TaskState } from '../../src/domain/task-state.ts';

const ANNUAL_2024: TaskDeadline = { kind: 'date', date: '2024-12-31', rule: 'annual' };
const CONTINUOUS: TaskDeadline = { kind: 'none', rule: 'continuous' };
const Q3 = { period: '2024-Q3', periodEnd: '2024-09-30' };
const Q4 = { period: '2024-Q4', periodEnd: '2024-12-31' };
const Q1_2025 = { period: '2025-Q1', periodEnd: '2025-03-31' };

/** Months a label covers: '2024' 12, '2024-H2' 6, '2024-Q4' 3, '2024-12' 1. */
const monthsOf = (period: string): number =>
  period.length === 4 ? 12 : period.includes('-H') ? 6 : period.includes('-Q') ? 3 : 1;
const report = (
  period: string,
  periodEnd: string,
  status: PairReport['status'],
  reportedOn: string | null,
): PairReport => ({ period, periodEnd, periodMonths: monthsOf(period), status, reportedOn });

describe('taskDeadline', () => {
  it.each([
    [
      { timeframeCode: 'annual', targetYear: 2024 },
      { kind: 'date', date: '2024-12-31', rule: 'annual' },
    ],
    [
      { timeframeCode: 'Annual ', targetYear: 2025 },
      { kind: 'date', date: '2025-12-31', rule: 'annual' },
    ],
    [
      { timeframeCode: 'annual', targetYear: null },
      { kind: 'none', rule: 'unscheduled' },
    ],
    [
      { timeframeCode: 'continuous', targetYear: 2024 },
      { kind: 'none', rule: 'continuous' },
    ],
    [
      { timeframeCode: 'before-election', targetYear: 2024 },
      { kind: 'none', rule: 'unscheduled' },
    ],
    [
      { timeframeCode: 'per-recruitment-plan', targetYear: 2024 },
      { kind: 'none', rule: 'unscheduled' },
    ],
    [
      { timeframeCode: null, targetYear: 2024 },
      { kind: 'none', rule: 'unscheduled' },
    ],
    [
      { timeframeCode: 'continuous', targetYear: 2024, explicitDeadline: '2024-06-30' },
      { kind: 'date', date: '2024-06-30', rule: 'explicit' },
    ],
    [
      { timeframeCode: 'annual', targetYear: 2024, explicitDeadline: '30/06/2024' },
      { kind: 'date', date: '2024-12-31', rule: 'annual' },
    ],
  ])('%j → %j', (source, expected) => {
    expect(taskDeadline(source)).toEqual(expected);
  });
});

describe('judgeTaskState', () => {
  const cases: [string, TaskDeadline, PairReport[], typeof Q3, TaskState][] = [
    [
      'done reported on the deadline day is on time',
      ANNUAL_2024,
      [report('2024-Q4', '2024-12-31', 'done', '2024-12-31')],
      Q4,
      'done_on_time',
    ],
    [
      'a Q4 report filed in January saying done is on time: the work was done in Q4',
      ANNUAL_2024,
      [report('2024-Q4', '2024-12-31', 'done', '2025-01-10')],
      Q1_2025,
      'done_on_time',
    ],
    [
      'done first reported for the quarter after the deadline is late, even if filed early in it',
      ANNUAL_2024,
      [
        report('2024-Q4', '2024-12-31', 'in_progress', '2025-01-05'),
        report('2025-Q1', '2025-03-31', 'done', '2025-01-01'),
      ],
      Q1_2025,
      'done_late',
    ],
    [
      'done early, still on time in later periods',
      ANNUAL_2024,
      [report('2024-Q3', '2024-09-30', 'done', '2024-10-05')],
      Q1_2025,
      'done_on_time',
    ],
    [
      'on time is judged from the first of the latest done reports',
      ANNUAL_2024,
      [
        report('2024-Q3', '2024-09-30', 'done', '2024-10-05'),
        report('2025-Q1', '2025-03-31', 'done', '2025-04-05'),
      ],
      Q1_2025,
      'done_on_time',
    ],
    [
      'done again after a relapse: dated from the new run',
      ANNUAL_2024,
      [
        report('2024-Q3', '2024-09-30', 'done', '2024-10-05'),
        report('2024-Q4', '2024-12-31', 'in_progress', '2024-12-20'),
        report('2025-Q1', '2025-03-31', 'done', '2025-04-05'),
      ],
      Q1_2025,
      'done_late',
    ],
    [
      'done without a date: its period end decides',
      ANNUAL_2024,
      [report('2024-Q4', '2024-12-31', 'done', null)],
      Q4,
      'done_on_time',
    ],
    [
      'in progress before the deadline',
      ANNUAL_2024,
      [report('2024-Q3', '2024-09-30', 'in_progress', '2024-10-05')],
      Q3,
      'in_progress_on_time',
    ],
    [
      'not started before the deadline counts as within it',
      ANNUAL_2024,
      [report('2024-Q3', '2024-09-30', 'not_started', '2024-10-05')],
      Q3,
      'in_progress_on_time',
    ],
    [
      'in progress as of the deadline day itself is still within it',
      ANNUAL_2024,
      [report('2024-Q4', '2024-12-31', 'in_progress', '2025-01-10')],
      Q4,
      'in_progress_on_time',
    ],
    [
      'not done when the period ends after the deadline is overdue',
      ANNUAL_2024,
      [report('2024-Q4', '2024-12-31', 'in_progress', '2025-01-10')],
      Q1_2025,
      'overdue',
    ],
    [
      'a later report does not count as of an earlier period',
      ANNUAL_2024,
      [report('2024-Q4', '2024-12-31', 'done', '2024-12-20')],
      Q3,
      'not_reported',
    ],
    ['never reported (deadline task)', ANNUAL_2024, [], Q1_2025, 'not_reported'],
    [
      'continuous: done in the period',
      CONTINUOUS,
      [report('2024-Q3', '2024-09-30', 'done', '2024-10-05')],
      Q3,
      'continuous_done',
    ],
    [
      'continuous: in progress in the period',
      CONTINUOUS,
      [report('2024-Q3', '2024-09-30', 'in_progress', '2024-10-05')],
      Q3,
      'continuous_in_progress',
    ],
    [
      'continuous: not started in the period',
      CONTINUOUS,
      [report('2024-Q3', '2024-09-30', 'not_started', '2024-10-05')],
      Q3,
      'continuous_not_started',
    ],
    [
      "continuous: an earlier period's report says nothing of this one",
      CONTINUOUS,
      [report('2024-Q3', '2024-09-30', 'done', '2024-10-05')],
      Q4,
      'not_reported',
    ],
    ['never reported (continuous task)', CONTINUOUS, [], Q4, 'not_reported'],
  ];
  it.each(cases)('%s', (_name, deadline, reports, asOf, expected) => {
    expect(judgeTaskState(deadline, reports, asOf).state).toBe(expected);
  });

  it('breaks a tie on the end date by the later report date, then the longer period', () => {
    const quarter = report('2024-Q4', '2024-12-31', 'done', '2025-01-10');
    const year = report('2024', '2024-12-31', 'in_progress', '2025-01-10');
    const month = report('2024-12', '2024-12-31', 'done', '2025-01-11');
    // Same day: the year's report covers more, so it is the latest word; the order given does not matter.
    expect(judgeTaskState(ANNUAL_2024, [quarter, year], Q4)).toMatchObject({
      state: 'in_progress_on_time',
      latest: year,
    });
    expect(judgeTaskState(ANNUAL_2024, [year, quarter], Q4).latest).toBe(year);
    // A later report date wins whatever the period's length.
    expect(judgeTaskState(ANNUAL_2024, [quarter, year, month], Q4).latest).toBe(month);
  });

  it('names the report the state comes from', () => {
    const first = report('2024-Q3', '2024-09-30', 'done', '2024-10-05');
    const second = report('2024-Q4', '2024-12-31', 'done', '2025-01-05');
    expect(judgeTaskState(ANNUAL_2024, [second, first], Q4).report).toBe(first);
    expect(judgeTaskState(ANNUAL_2024, [], Q4).report).toBeNull();
  });
});

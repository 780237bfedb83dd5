import { describe, expect, it } from 'vitest';
import {
  dueNextQuarter,
  quartersBackFrom,
  previousQuarter,
  quarterDueDate,
  quarterEnd,
} from '../../../src/export/report-forms/report-period.ts';

describe('the reporting cycle (reports due on the 20th after a quarter ends)', () => {
  it.each([
    ['2025-Q1', '2025-04-20', '2025-03-31'],
    ['2025-Q3', '2025-10-20', '2025-09-30'],
    ['2025-Q4', '2026-01-20', '2025-12-31'],
    ['2024-Q1', '2024-04-20', '2024-03-31'],
  ])('dates %s: due %s, ends %s', (period, due, end) => {
    expect(quarterDueDate(period)).toBe(due);
    expect(quarterEnd(period)).toBe(end);
  });

  it.each([
    ['2025-10-20', '2025-Q3'],
    ['2025-10-21', '2025-Q4'],
    ['2026-01-05', '2025-Q4'],
    ['2026-01-21', '2026-Q1'],
    ['2025-07-01', '2025-Q2'],
  ])('on %s offers the quarter due next, %s', (today, period) => {
    expect(dueNextQuarter(today)).toBe(period);
  });

  it('steps back across a year', () => {
    expect(previousQuarter('2025-Q1')).toBe('2024-Q4');
    expect(previousQuarter('2025-Q3')).toBe('2025-Q2');
    expect(previousQuarter('2025')).toBeNull();
  });
});

describe('the quarters a form can be made for', () => {
  it('lists the chosen quarter and those before it, newest first', () => {
    expect(quartersBackFrom('2026-Q1', 4)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  listReportPeriods,
  periodParams,
  resolvePeriodParam,
} from '../../../src/views/scores-vs-tasks/period-param.ts';

const points = [
  { period: '2025-Q1', periodEnd: '2025-03-31' },
  { period: '2024-Q3', periodEnd: '2024-09-30' },
  { period: '2024', periodEnd: '2024-12-31' },
  { period: '2024-Q3', periodEnd: '2024-09-30' },
];
const periods = listReportPeriods(points);

describe('the period URL parameter', () => {
  it('lists the periods present, oldest first, once each', () => {
    expect(periods.map((p) => p.period)).toEqual(['2024-Q3', '2024', '2025-Q1']);
  });

  it('defaults to the last period the target year’s survey can reflect: up to 31 December of that year', () => {
    expect(resolvePeriodParam(undefined, periods, 2024)).toEqual({ period: '2024', invalid: null });
    expect(resolvePeriodParam('  ', periods, 2024)).toEqual({ period: '2024', invalid: null });
    expect(resolvePeriodParam(undefined, periods, 2025)).toEqual({ period: '2025-Q1', invalid: null });
  });

  it('defaults to the first period when every period came after the survey, and to the latest with no plan year', () => {
    expect(resolvePeriodParam(undefined, periods, 2023)).toEqual({ period: '2024-Q3', invalid: null });
    expect(resolvePeriodParam(undefined, periods, null)).toEqual({ period: '2025-Q1', invalid: null });
  });

  it('accepts a present period, after the survey too, forgiving case and spaces', () => {
    expect(resolvePeriodParam('2024-q3 ', periods, 2024)).toEqual({ period: '2024-Q3', invalid: null });
    expect(resolvePeriodParam('2025-Q1', periods, 2024)).toEqual({ period: '2025-Q1', invalid: null });
  });

  it('falls back to the default and reports a period that is not in the data', () => {
    expect(resolvePeriodParam('2023-Q1', periods, 2024)).toEqual({ period: '2024', invalid: '2023-Q1' });
    expect(resolvePeriodParam('<script>', periods, 2024)).toEqual({ period: '2024', invalid: '<script>' });
  });

  it('writes no parameter for the default, the period otherwise', () => {
    expect(periodParams('2024', periods, 2024)).toEqual({});
    expect(periodParams('2025-Q1', periods, 2024)).toEqual({ period: '2025-Q1' });
    expect(periodParams('2024-Q3', periods, 2024)).toEqual({ period: '2024-Q3' });
  });

  it('has no period when there is no progress', () => {
    expect(resolvePeriodParam('2024-Q3', [], 2024)).toEqual({ period: null, invalid: '2024-Q3' });
  });
});

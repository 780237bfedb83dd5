import { describe, expect, it } from 'vitest';
import {
  EMPTY_PLAN_FILTERS,
  parsePlanParams,
  resolvePlanFilters,
  serialisePlanParams,
} from '../../../src/views/plan/plan-params.ts';

const options = {
  dimensions: ['1', '3'],
  agencies: ['Sở Y tế'],
  units: ['Huyện Cư Jút'],
  periods: ['2024-Q3', '2025-Q4'],
  taskIds: ['474-3.1-a'],
};

describe('Plan view URL parameters', () => {
  it('round-trips every parameter, leaving empty ones out', () => {
    const params = {
      q: 'tham nhung',
      dimension: '3',
      agency: 'Sở Y tế',
      unit: 'Huyện Cư Jút',
      status: 'overdue',
      period: '2025-Q4',
      task: '474-3.1-a',
    };
    expect(serialisePlanParams(parsePlanParams(params))).toEqual(params);
    expect(serialisePlanParams(EMPTY_PLAN_FILTERS)).toEqual({});
  });

  it('drops an unknown status, and values the data does not have, naming them', () => {
    const parsed = parsePlanParams({
      status: 'late-ish',
      dimension: '9',
      unit: 'Huyện Cư Jút',
      period: '2023',
    });
    expect(parsed.status).toBeNull();
    const { filters, dropped } = resolvePlanFilters(parsed, options);
    expect(filters).toMatchObject({ dimension: null, unit: 'Huyện Cư Jút', period: null });
    expect(dropped).toEqual(['dimension', 'period']);
  });
});

import { describe, expect, it } from 'vitest';
import type { DimensionStanding } from '../../src/domain/types.ts';
import { describePlanContext } from '../../src/views/overview/plan-context.ts';

const standing = (fields: Partial<DimensionStanding>): DimensionStanding => ({
  indicator: '1',
  year: 2024,
  score: 5,
  previousScore: 5,
  comparableWithPrevious: true,
  change: 0,
  rank: 30,
  scoredCount: 61,
  nationalMedian: 5,
  nationalMin: 4,
  nationalMax: 6,
  gapToMedian: 0,
  planTargetYear: null,
  completionRate: null,
  taskCount: 0,
  progressPeriod: null,
  progressIsSample: false,
  ...fields,
});

describe('describePlanContext', () => {
  it('says no plan is loaded when no row has a target year (Thừa Thiên Huế)', () => {
    expect(describePlanContext([standing({}), standing({ indicator: '2' })], 2023)).toEqual({ kind: 'none' });
  });

  it('points to the target year in any other year (Đắk Nông 2015, plan aimed at 2024)', () => {
    const rows = [standing({ year: 2015, planTargetYear: 2024, taskCount: 4 })];
    expect(describePlanContext(rows, 2015)).toEqual({ kind: 'other-year', targetYear: 2024 });
  });

  it('shows completion and its period in the target year', () => {
    const rows = [
      standing({ planTargetYear: 2024, taskCount: 0 }),
      standing({
        indicator: '2',
        planTargetYear: 2024,
        taskCount: 3,
        completionRate: 0.5,
        progressPeriod: '2025-Q4',
      }),
    ];
    expect(describePlanContext(rows, 2024)).toEqual({
      kind: 'target-year',
      targetYear: 2024,
      period: '2025-Q4',
    });
  });
});

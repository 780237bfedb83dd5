import { describe, expect, it } from 'vitest';
import { checkPlanGoal, type GoalInput } from '../../src/domain/goal-check.ts';

// Đắk Nông 2024 against 2023 (published totals 40.54 and 38.97; both years in the Low group).
const dakNong2024: GoalInput = {
  total: 40.5374,
  scoreChange: 1.5663,
  previousTotal: 38.9711,
  comparableWithPrevious: true,
  group: 'low',
  previousGroup: 'low',
  groupSteps: 0,
  nextGroupThreshold: 41.9391,
};

describe('checkPlanGoal', () => {
  it('2024 against 2023: the score went up (met), the group did not (not met), 1.40 points short of Lower-middle', () => {
    const check = checkPlanGoal(dakNong2024);
    expect(check.scoreUp).toBe('met');
    expect(check.groupUp).toBe('not_met');
    expect(check.nextGroup).toBe('lower_middle');
    // The figures as written: 41,94 - 40,54 (the unrounded 1.4017 also reads 1,40; see tests/domain/papi.test.ts).
    expect(check.pointsToNextGroup).toBe(1.4);
  });

  it('a fall or no change is not met; a group gained is met', () => {
    expect(checkPlanGoal({ ...dakNong2024, scoreChange: -0.2 }).scoreUp).toBe('not_met');
    expect(checkPlanGoal({ ...dakNong2024, scoreChange: 0 }).scoreUp).toBe('not_met');
    // A rise written "+0,00" is none; "+0,01" is one.
    expect(checkPlanGoal({ ...dakNong2024, scoreChange: 0.004 }).scoreUp).toBe('not_met');
    expect(checkPlanGoal({ ...dakNong2024, scoreChange: 0.006 }).scoreUp).toBe('met');
    expect(checkPlanGoal({ ...dakNong2024, groupSteps: 1, group: 'lower_middle' }).groupUp).toBe('met');
    expect(checkPlanGoal({ ...dakNong2024, groupSteps: -1 }).groupUp).toBe('not_met');
  });

  it('after a series break the score cannot be judged, but the group (a position among provinces) can', () => {
    const check = checkPlanGoal({ ...dakNong2024, scoreChange: null, comparableWithPrevious: false });
    expect(check.scoreUp).toBe('not_comparable');
    expect(check.groupUp).toBe('not_met');
  });

  it('without a score the year before neither can be judged; the high group has no next threshold', () => {
    const check = checkPlanGoal({
      ...dakNong2024,
      previousTotal: null,
      scoreChange: null,
      previousGroup: null,
      groupSteps: null,
      group: 'high',
      nextGroupThreshold: null,
    });
    expect(check).toEqual({
      scoreUp: 'no_previous',
      groupUp: 'no_previous',
      nextGroup: null,
      pointsToNextGroup: null,
    });
  });
});

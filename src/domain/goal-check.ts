// The plan's own goal, checked against the data. 474/KH-UBND (section I.1.d) says: "Phấn đấu Chỉ số PAPI
// năm 2024 của tỉnh tăng điểm số, tăng Nhóm so với năm 2023": the total up and the group up on the year
// before the plan's target year. Province improvement plans state their goal this way, so the check applies
// to any plan aimed at a year.
import type { PapiGroup } from './types.ts';

/** met / not met; not_comparable: the totals are defined differently (series break); no_previous: no score the year before. */
export type GoalVerdict = 'met' | 'not_met' | 'not_comparable' | 'no_previous';

/** What the check needs (fetched by queries/plan-goal). */
export interface GoalInput {
  total: number;
  scoreChange: number | null;
  previousTotal: number | null;
  comparableWithPrevious: boolean;
  group: PapiGroup;
  previousGroup: PapiGroup | null;
  groupSteps: number | null;
  nextGroupThreshold: number | null;
}

/** The verdicts and the distance still to go. */
export interface GoalCheck {
  scoreUp: GoalVerdict;
  groupUp: GoalVerdict;
  /** The group one step up (null in the high group). */
  nextGroup: PapiGroup | null;
  /** Points from the total to the next group's cut (null in the high group). */
  pointsToNextGroup: number | null;
}

/** The group one step up (none above 'high'). */
export const NEXT_GROUP_UP: Readonly<Record<PapiGroup, PapiGroup | null>> = {
  low: 'lower_middle',
  lower_middle: 'upper_middle',
  upper_middle: 'high',
  high: null,
};

/** Score up: a comparable total strictly higher; group up: at least one group higher than the year before. */
export function checkPlanGoal(input: GoalInput): GoalCheck {
  let scoreUp: GoalVerdict;
  if (input.previousTotal === null) scoreUp = 'no_previous';
  else if (!input.comparableWithPrevious || input.scoreChange === null) scoreUp = 'not_comparable';
  else scoreUp = input.scoreChange > 0 ? 'met' : 'not_met';
  const groupUp: GoalVerdict =
    input.previousGroup === null || input.groupSteps === null
      ? 'no_previous'
      : input.groupSteps > 0
        ? 'met'
        : 'not_met';
  const nextGroup = NEXT_GROUP_UP[input.group];
  return {
    scoreUp,
    groupUp,
    nextGroup,
    pointsToNextGroup:
      nextGroup === null || input.nextGroupThreshold === null ? null : input.nextGroupThreshold - input.total,
  };
}

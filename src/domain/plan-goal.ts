// A plan's own goal as data (table plan_goals): what its text sets for the total or one dimension, in
// the target year. 474/KH-UBND's "tăng điểm số, tăng Nhóm so với năm 2023" is a `rise` on the total since
// 2023; other plans write a score ("đạt từ 45,33 điểm trở lên"), a group ("nằm trong nhóm có điểm trung
// bình cao") or a rank change ("tăng ít nhất 01 bậc so với năm 2024").
import type { PapiGroup } from './types.ts';

/** What a goal asks, by kind. */
export type PlanGoalTerms =
  | { readonly kind: 'score'; readonly score: number }
  | { readonly kind: 'group'; readonly group: PapiGroup }
  /** Up at least `places` ranks since `since` (each year's rank within that year's map). */
  | { readonly kind: 'rank'; readonly places: number; readonly since: number }
  /** A higher score and/or a higher group than in `since`. */
  | { readonly kind: 'rise'; readonly score: boolean; readonly group: boolean; readonly since: number };

/** One goal of one plan. */
export type PlanGoal = PlanGoalTerms & {
  readonly plan: string;
  /** `total`, or a dimension's code. */
  readonly indicator: string;
  /** The PAPI year the goal is for. */
  readonly targetYear: number;
  /** The sentence as the plan writes it. */
  readonly text: string;
};

/** 474's goal, the one province improvement plans have set so far: score up and group up on the year before. */
export const isYearOnYearRise = (goal: PlanGoal): boolean =>
  goal.kind === 'rise' &&
  goal.indicator === 'total' &&
  goal.score &&
  goal.group &&
  goal.since === goal.targetYear - 1;

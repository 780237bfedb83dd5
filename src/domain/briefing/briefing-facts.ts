// What the briefing summary is written from: one province-year, all of it read from the loaded data.
import type { GoalStanding } from '../goal-check.ts';
import type { PlanGoal } from '../plan-goal.ts';
import type { PapiGroup } from '../types.ts';
import type { BilingualName } from './briefing-types.ts';

/** The headline and the plan goal (queries/plan-goal). */
export interface BriefingGoalFacts {
  total: number;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
  /** The next group's cut this year; null in the high group. */
  nextGroupThreshold: number | null;
  /** total - previousTotal, only when both exist and are defined the same way (same dimensions). */
  scoreChange: number | null;
  previousTotal: number | null;
  /** False when the year before has no total or a differently defined one (e.g. 2018: 6 → 8 dimensions). */
  comparableWithPrevious: boolean;
  /** The group the year before (groups are positions among provinces, so they compare across a series break). */
  previousGroup: PapiGroup | null;
  /** Group steps gained (+1: one group up; 0: same group; negative: down); null without a group the year before. */
  groupSteps: number | null;
  dimensionCount: number;
  /** Dimensions the year before (6 → 8 at 2018); null without scores that year. */
  previousDimensionCount: number | null;
  /** The plan(s) aimed at this year, joined with ', '; null when none. */
  plan: string | null;
  /** When no plan aims at this year: the province's plan aimed nearest to it, and its year. */
  otherPlan: string | null;
  otherPlanTargetYear: number | null;
  /**
   * The goals the plan(s) aimed at this year set themselves (plan_goals), each with the standing it is
   * checked against; none or absent: the plan is held to the year-on-year rise (checkPlanGoal).
   */
  goals?: readonly CheckedPlanGoal[];
}

/** One goal of a plan and where the province stands on its indicator (queries/plan-goals). */
export interface CheckedPlanGoal {
  goal: PlanGoal;
  standing: GoalStanding;
}

/** One dimension (queries/dimension-lights) with its names. */
export interface BriefingDimensionFacts {
  indicator: string;
  name: BilingualName;
  score: number;
  change: number | null;
  nationalMedian: number;
  /** Quartile cuts of the dimension's score among provinces that year (p75: the high group's threshold). */
  p25: number;
  p75: number;
  gapToMedian: number;
  group: PapiGroup;
  rank: number;
  scoredCount: number;
}

/** The plan's tasks as of one period, the latest by default (queries/plan-task-standing). */
export interface BriefingTaskFacts {
  /** The period judged, e.g. '2025-Q4'. */
  period: string;
  taskCount: number;
  pairCount: number;
  /** Pairs done (on time, late, or done this period for continuous tasks). */
  pairsDone: number;
  /** Tasks with at least one (task, unit) pair overdue (quá hạn, chưa hoàn thành). */
  overdueTasks: number;
  /** Tasks no unit has reported on up to the period. */
  unreportedTasks: number;
  /** True while the progress is the bundled illustrative file (progress-provenance). */
  isSample: boolean;
}

export interface BriefingFacts {
  /** The province's name in both languages. */
  provinceName: BilingualName;
  year: number;
  /** null: the province has no total that year. */
  goal: BriefingGoalFacts | null;
  dimensions: readonly BriefingDimensionFacts[];
  /** null: no plan aims at the year, or nothing was reported on it. */
  tasks: BriefingTaskFacts | null;
}

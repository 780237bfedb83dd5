// What the briefing summary is written from: one province-year, all of it read from the loaded data.
import type { PapiGroup } from '../types.ts';
import type { BilingualName } from './briefing-types.ts';

/** The headline and the plan goal (queries/plan-goal). */
export interface BriefingGoalFacts {
  total: number;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
  nextGroupThreshold: number | null;
  scoreChange: number | null;
  previousTotal: number | null;
  comparableWithPrevious: boolean;
  previousGroup: PapiGroup | null;
  groupSteps: number | null;
  dimensionCount: number;
  previousDimensionCount: number | null;
  plan: string | null;
  otherPlan: string | null;
  otherPlanTargetYear: number | null;
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

/** The plan's tasks as of the latest period (queries/plan-task-standing). */
export interface BriefingTaskFacts {
  period: string;
  taskCount: number;
  pairCount: number;
  pairsDone: number;
  overdueTasks: number;
  unreportedTasks: number;
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

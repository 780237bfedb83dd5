// The plan's own goal, checked against the data. 474/KH-UBND (section I.1.d) says: "Phấn đấu Chỉ số PAPI
// năm 2024 của tỉnh tăng điểm số, tăng Nhóm so với năm 2023": the total up and the group up on the year
// before the plan's target year. Province improvement plans state their goal this way, so the check applies
// to any plan aimed at a year; a plan that writes its own goals (plan-goal.ts) is checked by checkGoal.
import { groupStep, nextGroupUp, pointsToNextGroup } from './papi-groups.ts';
import { pointsToReach, roundAsPublished } from './papi.ts';
import type { PlanGoalTerms } from './plan-goal.ts';
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

/** Score up: a comparable total higher by at least 0,01 as written; group up: at least one group higher than the year before. */
export function checkPlanGoal(input: GoalInput): GoalCheck {
  let scoreUp: GoalVerdict;
  if (input.previousTotal === null) scoreUp = 'no_previous';
  else if (!input.comparableWithPrevious || input.scoreChange === null) scoreUp = 'not_comparable';
  // Judged on the change as written beside the verdict: "+0,00" is no rise.
  else scoreUp = roundAsPublished(input.scoreChange) > 0 ? 'met' : 'not_met';
  const groupUp: GoalVerdict =
    input.previousGroup === null || input.groupSteps === null
      ? 'no_previous'
      : input.groupSteps > 0
        ? 'met'
        : 'not_met';
  const nextGroup = nextGroupUp(input.group);
  return {
    scoreUp,
    groupUp,
    nextGroup,
    pointsToNextGroup: nextGroup === null ? null : pointsToNextGroup(input.total, input.nextGroupThreshold),
  };
}

/** A province's place on one indicator in one year (the standing views' columns). */
export interface YearStanding {
  score: number;
  group: PapiGroup;
  rank: number;
  scoredCount: number;
  /** The map the rank is within ('old': 63 units up to 2024, 'new': 34 from 2025). */
  unitKind: string;
}

/** Where the province stands on a goal's indicator in the target year, and in the year the goal compares with. */
export interface GoalStanding extends YearStanding {
  /** The cut of the group one step up; null in the high group. */
  nextGroupThreshold: number | null;
  /** The year compared with (rank, rise goals); null when the province has no score then. */
  since: YearStanding | null;
  /** The indicator is defined the same way in every year from `since` to the target year. */
  comparableSince: boolean;
}

/** A goal checked: its verdict and the figures that explain it. */
export type GoalOutcome =
  | { kind: 'score'; verdict: GoalVerdict; score: number; pointsToGo: number }
  | { kind: 'group'; verdict: GoalVerdict; group: PapiGroup }
  | {
      kind: 'rank';
      verdict: GoalVerdict;
      rank: number;
      sinceRank: number | null;
      placesGained: number | null;
    }
  | {
      kind: 'rise';
      verdict: GoalVerdict;
      /** Null when the goal does not ask for it. */
      scoreUp: GoalVerdict | null;
      groupUp: GoalVerdict | null;
      scoreChange: number | null;
      group: PapiGroup;
      groupSteps: number | null;
    };

/** Of several parts: not met if any is, else cannot be judged if any cannot, else met. */
function combinedVerdict(verdicts: readonly GoalVerdict[]): GoalVerdict {
  for (const verdict of ['not_met', 'no_previous', 'not_comparable'] as const)
    if (verdicts.includes(verdict)) return verdict;
  return 'met';
}

/**
 * Every kind of goal against the target year's standing: score at least X (and the points still to go),
 * group at least G, rank up at least N places since a year (not comparable across the two maps), and
 * rise, which is checkPlanGoal's rule against the year compared with.
 */
export function checkGoal(goal: PlanGoalTerms, standing: GoalStanding): GoalOutcome {
  const since = standing.since;
  switch (goal.kind) {
    case 'score': {
      // Scores are published and plans write them with two decimals: 45.3299 reaches "45,33".
      const pointsToGo = pointsToReach(standing.score, goal.score);
      const verdict = pointsToGo === 0 ? 'met' : 'not_met';
      return { kind: 'score', verdict, score: standing.score, pointsToGo };
    }
    case 'group': {
      const verdict = groupStep(standing.group) >= groupStep(goal.group) ? 'met' : 'not_met';
      return { kind: 'group', verdict, group: standing.group };
    }
    case 'rank': {
      if (since === null)
        return {
          kind: 'rank',
          verdict: 'no_previous',
          rank: standing.rank,
          sinceRank: null,
          placesGained: null,
        };
      const placesGained = since.rank - standing.rank;
      const verdict: GoalVerdict =
        since.unitKind !== standing.unitKind
          ? 'not_comparable'
          : placesGained >= goal.places
            ? 'met'
            : 'not_met';
      return { kind: 'rank', verdict, rank: standing.rank, sinceRank: since.rank, placesGained };
    }
    case 'rise': {
      const comparable = since !== null && standing.comparableSince;
      const groupSteps = since === null ? null : groupStep(standing.group) - groupStep(since.group);
      const check = checkPlanGoal({
        total: standing.score,
        scoreChange: comparable ? standing.score - since.score : null,
        previousTotal: since?.score ?? null,
        comparableWithPrevious: comparable,
        group: standing.group,
        previousGroup: since?.group ?? null,
        groupSteps,
        nextGroupThreshold: standing.nextGroupThreshold,
      });
      const scoreUp = goal.score ? check.scoreUp : null;
      const groupUp = goal.group ? check.groupUp : null;
      return {
        kind: 'rise',
        verdict: combinedVerdict([scoreUp, groupUp].filter((v): v is GoalVerdict => v !== null)),
        scoreUp,
        groupUp,
        scoreChange: comparable ? standing.score - since.score : null,
        group: standing.group,
        groupSteps,
      };
    }
  }
}

// A plan's own goals in words, checked: "Mục tiêu: đạt từ 45,33 điểm trở lên — chưa đạt (40,54; còn 4,79
// điểm)". Built once here as message trees, so the goal panel, the traffic lights and the summary say the
// same; the goal's wording is the plan review's (planDocument.target.*). 474's year-on-year rise keeps the
// panel rows and summary sentence it has always had (checkPlanGoal).
import { checkGoal, type GoalOutcome, type GoalVerdict } from '../goal-check.ts';
import { isYearOnYearRise, type PlanGoal } from '../plan-goal.ts';
import type { CheckedPlanGoal } from './briefing-facts.ts';
import type { BilingualName, BriefingArg, BriefingSentence, BriefingValue } from './briefing-types.ts';

const num = (value: number): BriefingValue => ({ kind: 'number', value });
const int = (value: number): BriefingValue => ({ kind: 'integer', value });
const text = (value: string): BriefingValue => ({ kind: 'text', text: value });
const message = (key: string, args?: Record<string, BriefingValue>): BriefingValue =>
  args === undefined ? { kind: 'message', key } : { kind: 'message', key, args };
const groupName = (group: string): BriefingValue => message(`group.${group}`);

/** The verdict words shared with the year-on-year check. */
export const VERDICT_KEYS: Readonly<Record<GoalVerdict, string>> = {
  met: 'leadership.verdict.met',
  not_met: 'leadership.verdict.notMet',
  not_comparable: 'leadership.verdict.notComparable',
  no_previous: 'leadership.verdict.noPrevious',
};

/** The group verdict; when not met, where the province stands ("chưa đạt (vẫn nhóm Thấp)"). */
export function groupVerdictValue(
  verdict: GoalVerdict,
  groupSteps: number | null,
  group: string,
): BriefingValue {
  if (verdict !== 'not_met') return message(VERDICT_KEYS[verdict]);
  const key = (groupSteps ?? 0) < 0 ? 'leadership.verdict.notMetDown' : 'leadership.verdict.notMetStill';
  return message(key, { group: groupName(group) });
}

/** What the plan's goals mean for the panel: the year-on-year rows (474's, or any plan without goals of its own), then its own goals. */
export function splitPlanGoals(goals: readonly CheckedPlanGoal[] | undefined): {
  yearOnYear: boolean;
  own: readonly CheckedPlanGoal[];
} {
  const all = goals ?? [];
  return {
    yearOnYear: all.length === 0 || all.some(({ goal }) => isYearOnYearRise(goal)),
    own: all.filter(({ goal }) => !isYearOnYearRise(goal)),
  };
}

/** The goal as the plan sets it ("đạt từ 45,33 điểm trở lên", "tăng ít nhất 1 bậc so với năm 2024"). */
export function goalWords(goal: PlanGoal): BriefingValue {
  switch (goal.kind) {
    case 'score':
      return message('planDocument.target.score', { score: num(goal.score) });
    case 'group':
      return message('planDocument.target.group', { group: groupName(goal.group) });
    case 'rank':
      return message('leadership.goal.wordsSince', {
        goal: message('planDocument.target.rank', { places: int(goal.places) }),
        since: message('planDocument.target.since', { year: int(goal.since) }),
      });
    case 'rise': {
      const key =
        goal.score && goal.group
          ? 'planDocument.target.riseScoreGroup'
          : goal.score
            ? 'planDocument.target.riseScore'
            : 'planDocument.target.riseGroup';
      return message('leadership.goal.wordsSince', {
        goal: message(key),
        since: message('planDocument.target.since', { year: int(goal.since) }),
      });
    }
  }
}

/** Met or not, with the figures that say why ("chưa đạt (40,54; còn 4,79 điểm)"). */
export function goalVerdictWords(goal: PlanGoal, outcome: GoalOutcome): BriefingValue {
  switch (outcome.kind) {
    case 'score':
      return outcome.verdict === 'met'
        ? message('leadership.goal.scoreMet', { score: num(outcome.score) })
        : message('leadership.goal.scoreNotMet', {
            score: num(outcome.score),
            points: num(outcome.pointsToGo),
          });
    case 'group':
      return message(outcome.verdict === 'met' ? 'leadership.goal.groupMet' : 'leadership.goal.groupNotMet', {
        group: groupName(outcome.group),
      });
    case 'rank': {
      const since = goal.kind === 'rank' ? goal.since : goal.targetYear - 1;
      if (outcome.sinceRank === null) return message('leadership.goal.rankNoPrevious', { since: int(since) });
      if (outcome.verdict === 'not_comparable')
        return message('leadership.goal.rankNotComparable', { since: int(since) });
      return message(outcome.verdict === 'met' ? 'leadership.goal.rankMet' : 'leadership.goal.rankNotMet', {
        since: int(since),
        sinceRank: int(outcome.sinceRank),
        rank: int(outcome.rank),
      });
    }
    case 'rise': {
      const score = outcome.scoreUp === null ? null : message(VERDICT_KEYS[outcome.scoreUp]);
      const group =
        outcome.groupUp === null
          ? null
          : groupVerdictValue(outcome.groupUp, outcome.groupSteps, outcome.group);
      if (score !== null && group !== null)
        return message('leadership.goal.riseVerdict', { scoreVerdict: score, groupVerdict: group });
      return score ?? group ?? message(VERDICT_KEYS[outcome.verdict]);
    }
  }
}

/** One own goal checked: its verdict, and its words for a row that already names the indicator. */
export function checkedGoalWords(checked: CheckedPlanGoal): {
  verdict: GoalVerdict;
  sentence: BriefingSentence;
} {
  const outcome = checkGoal(checked.goal, checked.standing);
  const goalArg: BriefingArg = {
    value: goalWords(checked.goal),
    source: {
      key: 'leadership.source.goalText',
      args: { plan: text(checked.goal.plan), text: text(checked.goal.text) },
    },
  };
  return {
    verdict: outcome.verdict,
    sentence: {
      id: 'goal',
      key: 'leadership.goal.own',
      args: { goal: goalArg, verdict: { value: goalVerdictWords(checked.goal, outcome) } },
    },
  };
}

/** The summary's sentence for one own goal ("Mục tiêu của Kế hoạch 315/KH-UBND: …"), the dimension named when it is one. */
export function ownGoalSentence(
  checked: CheckedPlanGoal,
  index: number,
  dimensionName: (code: string) => BilingualName,
): BriefingSentence {
  const { sentence } = checkedGoalWords(checked);
  const plan: BriefingArg = { value: text(checked.goal.plan) };
  const total = checked.goal.indicator === 'total';
  return {
    id: `goal-own-${index + 1}`,
    key: total ? 'leadership.summary.ownGoal' : 'leadership.summary.ownGoalDimension',
    args: {
      ...sentence.args,
      plan,
      ...(total
        ? {}
        : { dimension: { value: { kind: 'name', name: dimensionName(checked.goal.indicator) } } }),
    },
  };
}

// The briefing summary ("Tóm tắt"), written from the data by templates: which sentences, with which figures,
// each figure with its source. Every case has its own sentence: no score that year, no year before, a series
// break, no plan, a plan aimed at another year, a plan without reports.
import { checkPlanGoal } from '../goal-check.ts';
import { countLights, fallenDimensions, largestReserves } from '../traffic-light.ts';
import type { BriefingFacts, BriefingGoalFacts } from './briefing-facts.ts';
import type { BilingualName, BriefingArg, BriefingSentence, BriefingValue } from './briefing-types.ts';
import { groupVerdictValue, ownGoalSentence, splitPlanGoals, VERDICT_KEYS } from './goal-sentences.ts';

const RESERVE_COUNT = 3;

const num = (value: number): BriefingValue => ({ kind: 'number', value });
const int = (value: number): BriefingValue => ({ kind: 'integer', value });
const text = (value: string): BriefingValue => ({ kind: 'text', text: value });
const message = (key: string, args?: Record<string, BriefingValue>): BriefingValue =>
  args === undefined ? { kind: 'message', key } : { kind: 'message', key, args };
const plain = (value: BriefingValue): BriefingArg => ({ value });
const traced = (value: BriefingValue, key: string, args: Record<string, BriefingValue>): BriefingArg => ({
  value,
  source: { key, args },
});
const groupName = (group: string): BriefingValue => message(`group.${group}`);

function headline(facts: BriefingFacts, goal: BriefingGoalFacts): BriefingSentence {
  const { year } = facts;
  const previousYear = year - 1;
  const args: Record<string, BriefingArg> = {
    year: plain(int(year)),
    previousYear: plain(int(previousYear)),
    province: plain({ kind: 'name', name: facts.provinceName }),
    total: traced(num(goal.total), 'leadership.source.total', {
      year: int(year),
      count: int(goal.dimensionCount),
    }),
    rank: traced({ kind: 'rank', rank: goal.rank, count: goal.scoredCount }, 'leadership.source.rank', {
      year: int(year),
      count: int(goal.scoredCount),
    }),
    group: traced(groupName(goal.group), 'leadership.source.group', {
      year: int(year),
      count: int(goal.scoredCount),
    }),
  };
  if (goal.previousTotal === null)
    return { id: 'headline', key: 'leadership.summary.headlineNoPrevious', args };
  if (goal.scoreChange === null) {
    const counts =
      goal.previousDimensionCount !== null && goal.previousDimensionCount !== goal.dimensionCount;
    return {
      id: 'headline',
      key: counts ? 'leadership.summary.headlineBreakCounts' : 'leadership.summary.headlineBreak',
      args: {
        ...args,
        previousCount: plain(int(goal.previousDimensionCount ?? 0)),
        count: plain(int(goal.dimensionCount)),
      },
    };
  }
  return {
    id: 'headline',
    key: 'leadership.summary.headline',
    args: {
      ...args,
      change: traced({ kind: 'signed', value: goal.scoreChange }, 'leadership.source.change', {
        year: int(year),
        previousYear: int(previousYear),
        total: num(goal.total),
        previous: num(goal.previousTotal),
      }),
    },
  };
}

/** The goal sentences: the year-on-year rise (474's goal, or a plan without goals of its own), then each own goal. */
function goalSentences(facts: BriefingFacts, goal: BriefingGoalFacts): BriefingSentence[] {
  if (goal.plan === null) return [goalSentence(facts, goal)];
  const { yearOnYear, own } = splitPlanGoals(goal.goals);
  const nameOf = (code: string): BilingualName =>
    facts.dimensions.find((row) => row.indicator === code)?.name ?? { vi: code, en: code };
  return [
    ...(yearOnYear ? [goalSentence(facts, goal)] : []),
    ...own.map((checked, index) => ownGoalSentence(checked, index, nameOf)),
  ];
}

function goalSentence(facts: BriefingFacts, goal: BriefingGoalFacts): BriefingSentence {
  const { year } = facts;
  if (goal.plan === null) {
    if (goal.otherPlan !== null && goal.otherPlanTargetYear !== null)
      return {
        id: 'goal',
        key: 'leadership.summary.goalOtherYear',
        args: { plan: plain(text(goal.otherPlan)), target: plain(int(goal.otherPlanTargetYear)) },
      };
    return {
      id: 'goal',
      key: 'leadership.summary.noPlan',
      args: { province: plain({ kind: 'name', name: facts.provinceName }) },
    };
  }
  const check = checkPlanGoal(goal);
  const comparison = { year: int(year), previousYear: int(year - 1) };
  return {
    id: 'goal',
    key: 'leadership.summary.goal',
    args: {
      plan: traced(text(goal.plan), 'leadership.source.plan', { plan: text(goal.plan), year: int(year) }),
      previousYear: plain(int(year - 1)),
      scoreVerdict: traced(
        message(VERDICT_KEYS[check.scoreUp]),
        'leadership.source.scoreVerdict',
        comparison,
      ),
      groupVerdict: traced(
        groupVerdictValue(check.groupUp, goal.groupSteps, goal.group),
        'leadership.source.groupVerdict',
        {
          ...comparison,
          previousGroup: goal.previousGroup === null ? text('—') : groupName(goal.previousGroup),
          group: groupName(goal.group),
        },
      ),
    },
  };
}

function distanceSentence(facts: BriefingFacts, goal: BriefingGoalFacts): BriefingSentence {
  const check = checkPlanGoal(goal);
  if (check.nextGroup === null || check.pointsToNextGroup === null || goal.nextGroupThreshold === null)
    return {
      id: 'distance',
      key: 'leadership.summary.topGroup',
      args: { group: plain(groupName(goal.group)) },
    };
  return {
    id: 'distance',
    key: 'leadership.summary.distance',
    args: {
      points: traced(num(check.pointsToNextGroup), 'leadership.source.points', {
        year: int(facts.year),
        threshold: num(goal.nextGroupThreshold),
        total: num(goal.total),
        group: groupName(check.nextGroup),
      }),
      nextGroup: plain(groupName(check.nextGroup)),
      threshold: traced(num(goal.nextGroupThreshold), 'leadership.source.threshold', {
        year: int(facts.year),
        group: groupName(check.nextGroup),
      }),
    },
  };
}

function reservesSentence(facts: BriefingFacts): BriefingSentence {
  const reserves = largestReserves(facts.dimensions, RESERVE_COUNT);
  if (reserves.length === 0)
    return { id: 'reserves', key: 'leadership.summary.noReserves', args: { year: plain(int(facts.year)) } };
  const items = reserves.map((row) => ({
    name: row.name,
    figure: traced({ kind: 'signed', value: row.gapToMedian }, 'leadership.source.gap', {
      year: int(facts.year),
      score: num(row.score),
      median: num(row.nationalMedian),
    }),
  }));
  return {
    id: 'reserves',
    key: reserves.length === 1 ? 'leadership.summary.reservesOne' : 'leadership.summary.reserves',
    args: { count: plain(int(reserves.length)), list: plain({ kind: 'list', items }) },
  };
}

function lightsSentence(facts: BriefingFacts): BriefingSentence {
  const lights = countLights(facts.dimensions);
  const source = { year: int(facts.year) };
  return {
    id: 'lights',
    key: 'leadership.summary.lights',
    args: {
      red: traced(int(lights.red.length), 'leadership.source.lights', source),
      amber: traced(int(lights.amber.length), 'leadership.source.lights', source),
      green: traced(int(lights.green.length), 'leadership.source.lights', source),
    },
  };
}

function fallenSentence(facts: BriefingFacts): BriefingSentence {
  const previousYear = plain(int(facts.year - 1));
  if (facts.dimensions.every((row) => row.change === null))
    return { id: 'fallen', key: 'leadership.summary.fallenNotComparable', args: { previousYear } };
  const fallen = fallenDimensions(facts.dimensions);
  if (fallen.length === 0)
    return { id: 'fallen', key: 'leadership.summary.noneFell', args: { previousYear } };
  const items = fallen.map((row) => ({
    name: row.name,
    figure: traced({ kind: 'signed', value: row.change ?? 0 }, 'leadership.source.dimensionChange', {
      year: int(facts.year),
      previousYear: int(facts.year - 1),
      score: num(row.score),
    }),
  }));
  return {
    id: 'fallen',
    key: 'leadership.summary.fell',
    args: { previousYear, list: plain({ kind: 'list', items }) },
  };
}

function tasksSentence(facts: BriefingFacts, goal: BriefingGoalFacts): BriefingSentence | null {
  if (goal.plan === null) return null;
  const tasks = facts.tasks;
  if (tasks === null)
    return { id: 'tasks', key: 'leadership.summary.tasksNone', args: { plan: plain(text(goal.plan)) } };
  const source = {
    period: { kind: 'period', period: tasks.period } as BriefingValue,
    origin: message(
      tasks.isSample ? 'leadership.source.progressSample' : 'leadership.source.progressReports',
    ),
  };
  return {
    id: 'tasks',
    key: tasks.isSample ? 'leadership.summary.tasksSample' : 'leadership.summary.tasks',
    args: {
      plan: plain(text(goal.plan)),
      period: plain({ kind: 'period', period: tasks.period }),
      done: traced(int(tasks.pairsDone), 'leadership.source.pairs', source),
      pairs: traced(int(tasks.pairCount), 'leadership.source.pairs', source),
      overdue: traced(int(tasks.overdueTasks), 'leadership.source.overdue', source),
      tasks: traced(int(tasks.taskCount), 'leadership.source.planTasks', { plan: text(goal.plan) }),
      unreported: traced(int(tasks.unreportedTasks), 'leadership.source.unreported', source),
    },
  };
}

/** The summary's sentences, in reading order. */
export function composeBriefing(facts: BriefingFacts): BriefingSentence[] {
  const goal = facts.goal;
  if (goal === null)
    return [
      {
        id: 'headline',
        key: 'leadership.summary.noScore',
        args: { province: plain({ kind: 'name', name: facts.provinceName }), year: plain(int(facts.year)) },
      },
    ];
  const sentences: (BriefingSentence | null)[] = [
    headline(facts, goal),
    ...goalSentences(facts, goal),
    distanceSentence(facts, goal),
    facts.dimensions.length === 0 ? null : reservesSentence(facts),
    facts.dimensions.length === 0 ? null : lightsSentence(facts),
    facts.dimensions.length === 0 ? null : fallenSentence(facts),
    tasksSentence(facts, goal),
  ];
  return sentences.filter((sentence): sentence is BriefingSentence => sentence !== null);
}

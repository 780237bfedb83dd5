// English UI text of the Overview's leadership parts: summary, goal, traffic lights, targets, sources.
// The same keys as the Vietnamese source in ../leadership.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { leadershipVi } from '../leadership.ts';

export const leadershipEn: { readonly [K in keyof typeof leadershipVi]: string } = {
  'leadership.summary.heading': 'Summary',
  'leadership.summary.hint':
    'Hover over a figure, or reach it with Tab and move with the arrow keys, to see where it comes from.',
  'leadership.summary.hintTouch': 'Tap a figure to see where it comes from.',
  'leadership.summary.copy': 'Copy summary',
  'leadership.summary.copied': 'Summary copied.',
  'leadership.summary.copyFailed': 'Could not copy; select the text and copy it.',
  'leadership.summary.sourceOf': 'Source:',
  'leadership.summary.noScore': '{province} has no total score for {year}.',
  'leadership.summary.headline':
    'In {year}, {province} scored {total} ({change} on {previousYear}), ranked {rank}, group {group}.',
  'leadership.summary.headlineNoPrevious':
    'In {year}, {province} scored {total} (no score for {previousYear}), ranked {rank}, group {group}.',
  'leadership.summary.headlineBreak':
    'In {year}, {province} scored {total} (not comparable with {previousYear}: the total is computed differently), ranked {rank}, group {group}.',
  'leadership.summary.headlineBreakCounts':
    'In {year}, {province} scored {total} (not comparable with {previousYear}: the total went from {previousCount} to {count} dimensions), ranked {rank}, group {group}.',
  'leadership.summary.goal':
    'Goal of Plan {plan} (a higher score and a higher group than in {previousYear}): score up — {scoreVerdict}; group up — {groupVerdict}.',
  'leadership.summary.goalOtherYear':
    'Plan {plan} aims at {target}; its goal is checked against the {target} scores.',
  'leadership.summary.noPlan':
    'No PAPI improvement plan of {province} is loaded, so there is no goal to check.',
  'leadership.summary.distance':
    '{points} more points are needed to reach the {nextGroup} group (threshold {threshold}).',
  'leadership.summary.topGroup': 'The province is in the {group} group, the top one.',
  'leadership.summary.reserves':
    'Most room to gain — the {count} dimensions furthest below the national median: {list}.',
  'leadership.summary.reservesOne':
    'Most room to gain — the only dimension below the national median: {list}.',
  'leadership.summary.noReserves': 'In {year}, no dimension is below the national median.',
  'leadership.summary.lights':
    'Traffic lights: {red} dimensions red (Low group), {amber} amber (Lower-middle), {green} green (upper half).',
  'leadership.summary.fell': 'Fell on {previousYear}: {list}.',
  'leadership.summary.noneFell': 'No dimension fell on {previousYear}.',
  'leadership.summary.fallenNotComparable':
    'Dimension scores are not comparable with {previousYear} (no score, or computed differently).',
  'leadership.summary.tasks':
    'Tasks of Plan {plan} as of {period}: {done}/{pairs} task-unit pairs done; {overdue}/{tasks} tasks partly overdue and not done; {unreported} tasks never reported.',
  'leadership.summary.tasksSample':
    'Tasks of Plan {plan} as of {period} (sample data): {done}/{pairs} task-unit pairs done; {overdue}/{tasks} tasks partly overdue and not done; {unreported} tasks never reported.',
  'leadership.summary.tasksNone': 'No progress has been reported yet on the tasks of Plan {plan}.',

  'leadership.verdict.met': 'met',
  'leadership.verdict.notMet': 'not met',
  'leadership.verdict.notMetStill': 'not met (still {group})',
  'leadership.verdict.notMetDown': 'not met (down to {group})',
  'leadership.verdict.notComparable': 'cannot be judged (the two years are computed differently)',
  'leadership.verdict.noPrevious': 'cannot be judged (no score the year before)',

  'leadership.source.total':
    'CECODES & UNDP, PAPI {year}: total = sum of the {count} dimensions (each the sum of its sub-dimensions).',
  'leadership.source.change': '{year} total ({total}) minus {previousYear} total ({previous}), PAPI.',
  'leadership.source.rank':
    'Rank by total among the {count} provinces scored in {year} (computed by the app).',
  'leadership.source.group':
    'Group from the quartiles of the totals of the {count} provinces scored in {year} (computed by the app).',
  'leadership.source.plan': 'Loaded plans table: Plan {plan} aims at the PAPI {year} survey.',
  'leadership.source.scoreVerdict': 'Total of {year} against {previousYear}.',
  'leadership.source.groupVerdict': 'Group in {previousYear}: {previousGroup}; in {year}: {group}.',
  'leadership.source.points': '{group} group threshold {year} ({threshold}) minus the total ({total}).',
  'leadership.source.threshold':
    '{group} group threshold {year}: a quartile of the scored provinces’ totals.',
  'leadership.source.gap': 'Score {year} ({score}) minus the national median ({median}), PAPI.',
  'leadership.source.dimensionChange':
    'Score {year} ({score}) minus the {previousYear} score computed the same way, PAPI.',
  'leadership.source.lights':
    'Group of each dimension’s score among the provinces scored in {year}: red = Low, amber = Lower-middle, green = Upper-middle or High.',
  'leadership.source.pairs': 'Progress reports up to {period} ({origin}); states by the Plan view’s rule.',
  'leadership.source.overdue':
    'Tasks past their deadline that a unit has not reported done, as of {period} ({origin}).',
  'leadership.source.unreported': 'Tasks no unit has reported on, as of {period} ({origin}).',
  'leadership.source.planTasks': 'Tasks of Plan {plan} in the loaded task table.',
  'leadership.source.progressSample': 'sample data',
  'leadership.source.progressReports': 'imported reports',

  'leadership.goal.heading': 'Goal of Plan {plan}',
  'leadership.goal.headingYear': 'Against {previousYear}',
  'leadership.goal.quote': 'A higher score and a higher group than in {previousYear}.',
  'leadership.goal.score': 'Score up',
  'leadership.goal.group': 'Group up',
  'leadership.goal.scoreDetail': '{change} ({previous} → {total})',
  'leadership.goal.groupUp': 'from {previousGroup} up to {group}',
  'leadership.goal.groupSame': 'still {group}',
  'leadership.goal.groupDown': 'from {previousGroup} down to {group}',
  'leadership.goal.distance': '{points} points short of the {group} group ({year} threshold: {threshold}).',
  'leadership.goal.top': 'Already in the High group, the top one.',
  'leadership.goal.own': 'Goal: {goal} — {verdict}',
  'leadership.goal.wordsSince': '{goal}{since}',
  'leadership.goal.scoreMet': 'met ({score})',
  'leadership.goal.scoreNotMet': 'not met ({score}; {points} points to go)',
  'leadership.goal.groupMet': 'met ({group} group)',
  'leadership.goal.groupNotMet': 'not met ({group} group)',
  'leadership.goal.rankMet': 'met (rank {sinceRank} in {since} → rank {rank})',
  'leadership.goal.rankNotMet': 'not met (rank {sinceRank} in {since} → rank {rank})',
  'leadership.goal.rankNoPrevious': 'cannot be judged (no rank in {since})',
  'leadership.goal.rankNotComparable':
    'cannot be judged (the {since} rank is within the other map of provinces)',
  'leadership.goal.riseVerdict': 'score up — {scoreVerdict}; group up — {groupVerdict}',
  'leadership.summary.ownGoal': 'Goal of Plan {plan}: {goal} — {verdict}.',
  'leadership.summary.ownGoalDimension': 'Goal of Plan {plan} for {dimension}: {goal} — {verdict}.',
  'leadership.source.goalText': 'Sentence in Plan {plan}: “{text}”',
  'leadership.goal.reserves': 'Most room to gain (furthest below the national median)',
  'leadership.goal.noReserves': 'No dimension is below the national median.',
  'leadership.firstGlance.weakest': 'Furthest below the national median',
  'leadership.firstGlance.completion': 'Progress of Plan {plan} as of {period}',
  'leadership.firstGlance.completionDetail':
    '{done}/{pairs} task-unit pairs done; the plan has {tasks} tasks',
  'leadership.verdict.symbol.met': '✓',
  'leadership.verdict.symbol.notMet': '✗',
  'leadership.verdict.symbol.unknown': '–',

  'leadership.lights.heading': 'Traffic light per dimension, {year}',
  'leadership.lights.rule':
    'Rule: the colour is the group of the dimension’s score among the provinces scored in {year} (quartiles, as for the total) — red: Low; amber: Lower-middle; green: Upper-middle or High. “↓” marks a dimension that fell on {previousYear}. Order: red, amber, then green; within a colour, furthest below the national median first.',
  'leadership.light.red': 'Red',
  'leadership.light.amber': 'Amber',
  'leadership.light.green': 'Green',
  'leadership.lights.item': '{group} group',
  'leadership.lights.fell': '↓ down {points}',
  'leadership.lights.target': 'Target {value}: {points} to go',
  'leadership.lights.targetReached': 'Target {value} reached',
  'leadership.lights.noneFell': 'No dimension fell on {previousYear}.',

  'leadership.targets.summary': 'Set a target for each dimension',
  'leadership.targets.kept':
    'Targets are kept in this browser, for {province} only, and drawn as a target line on the dimension’s charts (Scores vs tasks). Median and thresholds are those of the year shown.',
  'leadership.targets.kind': 'Target for {name}',
  'leadership.targets.none': 'None',
  'leadership.targets.median': 'National median = Upper-middle group threshold ({value})',
  'leadership.targets.high': 'High group threshold ({value})',
  'leadership.targets.value': 'A score',
  'leadership.targets.valueLabel': 'Target score (1–10) for {name}',
  'leadership.targets.invalid': 'Enter a number from 1 to 10.',
  'leadership.targets.storageError': 'Targets could not be saved in this browser: {error}',
  'leadership.targetLine': 'Target {value}',
};

// English UI text of the Scores vs tasks view.
// The same keys as the Vietnamese source in ../scores-vs-tasks.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { scoresVsTasksVi } from '../scores-vs-tasks.ts';

export const scoresVsTasksEn: { readonly [K in keyof typeof scoresVsTasksVi]: string } = {
  'svt.title': 'Scores and tasks: {province}',
  'svt.caution':
    'This page puts PAPI scores next to the progress of the plan’s tasks to show how the two move together. That does not prove the tasks made a score rise or fall: scores depend on many other things.',
  'svt.sampleNote': 'The progress on this page is illustrative sample data, not real reports.',
  'svt.noPlan':
    'No PAPI improvement plan is loaded for {province}: the page shows scores only, with no task completion and no comparison chart.',
  'svt.placement':
    'On the time axis each PAPI year’s score sits at mid-year of the survey year (1 July); each report period’s completion (quarter, half, year) sits at the period’s last day.',
  'svt.placementPlan': 'The shaded band is the plan’s target year.',
  'svt.multiples.heading': 'Score and task completion, dimension by dimension',
  'svt.multiples.subtitle': '{province}: scores {scoreYears}',
  'svt.multiples.subtitlePlan':
    '{province}: scores {scoreYears}; progress of the {target} plan, {first}–{last}',
  'svt.multiples.breakNote':
    'The score line breaks where the dimension’s definition changed (e.g. 2018): the two parts are not directly comparable.',
  'svt.multiples.noTasks': 'The plan has no task under this dimension.',
  'svt.chart.title': '{name}: score and task completion',
  'svt.chart.subtitle': '{province}, scores {from}–{to}',
  'svt.chart.subtitlePlan': '{province}, scores {from}–{to}, progress {first}–{last}',
  'svt.chart.summary': 'score {year}: {score}',
  'svt.chart.summaryCompletion': 'score {year}: {score}; completion {period}: {rate}',
  'svt.chart.summaryNone': 'no score yet',
  'svt.series.score': 'Score',
  'svt.series.completion': 'Completion rate',
  'svt.axis.score': 'Score (1–10)',
  'svt.axis.completion': 'Completed (%)',
  'svt.mark.targetYear': 'Target year {year}',
  'svt.table.when': 'When',
  'svt.table.date': 'Date on the axis',
  'svt.table.score': 'Score',
  'svt.table.completion': 'Completion rate',
  'svt.table.caption': '{name}: score by year and completion by period, {province}',
  'svt.scatter.heading': 'Task progress and score change, by dimension',
  'svt.scatter.subtitle':
    '{province}: completion by {period} ({target} plan) and score change {from}–{target}',
  'svt.scatter.split':
    'Quadrants split at 50% completion and zero score change. The number on each point is the dimension’s code.',
  'svt.scatter.subtitleAfterSurvey':
    '{province}: completion by {period}, after the PAPI {target} survey, and score change {from}–{target}',
  'svt.scatter.period': 'Report period',
  'svt.scatter.afterSurvey': 'after the survey',
  'svt.scatter.cutoff':
    'The {target} score can only reflect work done by the end of {target} (PAPI surveys in the second half of that year), so the default is the last period up to 31/12/{target}; later periods are marked “after the survey”.',
  'svt.scatter.periodInvalid': 'Period “{period}” is not in the progress data: showing the default period.',
  'svt.scatter.xAxis': 'Completed (%)',
  'svt.scatter.yAxis': 'Score change',
  'svt.scatter.quadrant.moreUp': 'more done, score up',
  'svt.scatter.quadrant.moreDown': 'more done, score down',
  'svt.scatter.quadrant.lessUp': 'less done, score up',
  'svt.scatter.quadrant.lessDown': 'less done, score down',
  'svt.scatter.title': 'Task progress and score change {from}–{target}',
  'svt.scatter.summary': '{count} dimensions plotted',
  'svt.scatter.omitted': 'Not plotted: {list}.',
  'svt.scatter.reason.noTasks': 'no tasks',
  'svt.scatter.reason.noScore': 'score missing',
  'svt.scatter.reason.notComparable': 'definition changed, not comparable',
  'svt.scatter.table.caption':
    'Progress ({period}) and score change {from}–{target} by dimension, {province}',
  'svt.scatter.table.dimension': 'Dimension',
  'svt.scatter.table.completion': 'Completed',
  'svt.scatter.table.change': 'Score change',
  'svt.scatter.table.quadrant': 'Quadrant',
  'svt.range.label': 'Time span of the small charts',
  'svt.range.all': 'All years ({from}–{to})',
  'svt.range.plan': 'The plan and its baseline ({from}–{to})',
};

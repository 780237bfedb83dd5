// English UI text of the Overview: headline, dimension table, plan note.
// The same keys as the Vietnamese source in ../overview.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { overviewVi } from '../overview.ts';

export const overviewEn: { readonly [K in keyof typeof overviewVi]: string } = {
  'overview.title': '{province}: overview for {year}',
  'overview.total': 'Total score',
  'overview.totalScale': 'on the {min}–{max} scale ({count} dimensions)',
  'overview.change': 'Change on the year before',
  'overview.changeBase': '{year}: {value}',
  'overview.noPrevious': 'no figure for the year before',
  'overview.notComparable': 'not comparable with {year}: the two totals sum different dimensions',
  'overview.source':
    'Source: {source}. Dimension and total scores are sums of the sub-dimension scores; rank and group are computed by the app over the scored provinces.',
  'overview.group': 'Group',
  'overview.rank': 'Rank',
  'overview.rankDetail': 'among {count} scored provinces',
  'overview.dimensionsHeading': 'Dimensions in {year}',
  'overview.dimensionsSubtitle':
    "Score, change on the year before, rank among the scored provinces, gap to the national median; the completion rate of the plan's tasks in the year the plan aims at.",
  'overview.trendHeading': 'Total score over the years',
  'overview.gapHeading': 'Gap to the national median',
  'table.dimension': 'Dimension',
  'table.score': 'Score',
  'table.change': 'Change',
  'table.rank': 'Rank',
  'table.rankDetail': '/ provinces',
  'table.gap': 'Gap to median',
  'table.completion': 'Tasks completed',
  'table.noPlan': 'no plan yet',
  'table.noPlanExplanation': 'The plan has no task under this dimension.',
  'table.notReportedExplanation': "No progress has been reported yet for this dimension's tasks.",
  'table.period': 'period {period}',
  'table.completionAsOf': 'done by {period}',
  'table.tasks.one': '{count} task',
  'table.tasks.other': '{count} tasks',
  'table.caption': "{province}'s {count} dimensions in {year}.",
  'overview.sourceDetails': 'Source details (repository, version)',
  'overview.sourceImportedFile': 'imported file {name}',
  'overview.sourceNotRecorded': 'not recorded in the data',
  'overview.groupRule': 'Cut at the quartiles of the total among the {count} provinces scored in {year}.',
  'overview.groupDistance': '{group} group from {threshold} points: {points} points to go.',
  'overview.groupTop': 'The top group: the upper quartile and above.',
  'overview.order.default': 'Ordered by rank among provinces, lowest rank on top.',
  'overview.order.custom':
    'Sorted by “{column}”, {direction}. The gap chart below keeps the default order (lowest rank on top).',
  'overview.order.ascending': 'ascending',
  'overview.order.descending': 'descending',
  'overview.order.reset': 'Back to the default order',
  'overview.order.chartLabel': "rank among provinces, lowest on top (the table's default order)",
  'table.sortHint': 'Use the column headers to sort.',
  'table.scrollHint': 'The table is wider than the screen: swipe sideways for more columns →',
  'table.noPrevious': 'no figure for the year before',
  'table.notComparable': 'not comparable',
  'table.notComparableNote':
    'Change “not comparable” (dimensions {dimensions}): defined differently in {previous} (its sub-dimensions or the number of dimensions changed).',
  'table.rankNote':
    "Rank: the province's place / the number of provinces scored on that dimension in {year}; 1 is the highest.",
  'table.rankNoteMixed': 'This year the number of scored provinces differs between dimensions ({min}–{max}).',
  'plan.none':
    'No PAPI improvement plan is loaded for {province}, so the table has no task completion column.',
  'plan.targetYear':
    'Plan {plan} aims at {target}: “Tasks completed” is the share of task-unit pairs done by the last report period before the survey cut-off ({cutoff}), since the {target} score can only reflect work done by the end of that year (PAPI surveys in its second half).',
  'plan.targetYearUnnamed':
    'The improvement plan aims at {target}: “Tasks completed” is the share of task-unit pairs done by the last report period before the survey cut-off ({cutoff}), since the {target} score can only reflect work done by the end of that year (PAPI surveys in its second half).',
  'plan.otherYear': 'Plan {plan} aims at {target}; its progress is shown with the {target} scores.',
  'plan.otherYearUnnamed':
    "The province's improvement plan aims at {target}; its progress is shown with the {target} scores.",
  'plan.showTargetYear': 'Show {target}',
};

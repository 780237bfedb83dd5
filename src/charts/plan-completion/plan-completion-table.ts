// The completion chart's data as a table: a row per group (the whole plan first), a column per drawn period.
import type { PlanCompletionPoint } from './plan-completion-rows.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import type { PlanCompletionDescriptionSettings } from './plan-completion-description.ts';
import { completionGroupLabel, describePlanCompletion } from './plan-completion-description.ts';
import { completionShare, groupCompletion } from './plan-completion-rows.ts';

/** "46 % (126/273 lượt)": a cell's share and the pairs it is of; "–" where the group has no pair. */
export function formatCompletionCell(point: PlanCompletionPoint | undefined, i18n: I18n): string {
  const share = completionShare(point);
  if (point === undefined || share === null) return '–';
  const pairs = i18n.t('planView.table.pairsDone', { done: point.pairsDone, total: point.pairCount });
  return `${i18n.formatPercent(share)} (${pairs})`;
}

/** One row per group, top to bottom as the chart draws them. */
export function buildPlanCompletionTable(
  points: readonly PlanCompletionPoint[],
  settings: PlanCompletionDescriptionSettings,
  i18n: I18n,
): ChartTable {
  const { periods, groups } = groupCompletion(points);
  const description = describePlanCompletion(points, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('planView.table.dimension'), ...periods.map(({ period }) => i18n.formatPeriod(period))],
    rows: groups.map((group) => ({
      header: completionGroupLabel(group.dimension, settings.dimensionNames, i18n),
      cells: group.cells.map((cell) => formatCompletionCell(cell, i18n)),
    })),
  };
}

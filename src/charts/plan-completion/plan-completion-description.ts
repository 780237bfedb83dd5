// The completion chart in words: title, a subtitle that says what is counted, a summary of the latest period.
import type { PlanCompletionPoint } from './plan-completion-rows.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import { completionShare, groupCompletion } from './plan-completion-rows.ts';

/** What the description needs from the chart's settings. */
export interface PlanCompletionDescriptionSettings {
  provinceName: string;
  /** The plan(s) the tasks come from, e.g. "474/KH-UBND". */
  plans: string;
  /** Dimension code → its name in the chart's language. */
  dimensionNames: Readonly<Record<string, string>>;
}

/** "Toàn kế hoạch" or "2. Công khai, minh bạch…": a group's label. */
export function completionGroupLabel(
  dimension: string | null,
  names: Readonly<Record<string, string>>,
  i18n: I18n,
): string {
  return dimension === null ? i18n.t('planView.grid.wholePlan') : `${dimension}. ${names[dimension] ?? ''}`;
}

/** Title, subtitle (what a bar counts, how many periods are drawn) and the whole plan's latest completion. */
export function describePlanCompletion(
  points: readonly PlanCompletionPoint[],
  settings: PlanCompletionDescriptionSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const { periods, periodCount, groups } = groupCompletion(points);
  const latest = groups.find((group) => group.dimension === null)?.cells.at(-1);
  const share = completionShare(latest);
  return {
    title: t('planView.chart.completion.title', { province: settings.provinceName, plan: settings.plans }),
    subtitle:
      periodCount > periods.length
        ? `${t('planView.chart.completion.subtitle')} ${t('planView.chart.completion.latestOnly', { shown: periods.length, total: periodCount })}`
        : t('planView.chart.completion.subtitle'),
    summary:
      latest === undefined || share === null
        ? t('planView.chart.completion.summaryNone')
        : t('planView.chart.completion.summary', {
            period: i18n.formatPeriod(latest.period),
            rate: i18n.formatPercent(share),
            done: latest.pairsDone,
            total: latest.pairCount,
          }),
  };
}

// The agency chart in words: title with the period, a subtitle that says what is counted and the order.
import type { StateCounts } from '../../domain/task-state-summary.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import { orderAgencyRows } from './agency-state-rows.ts';

/** What the description needs from the chart's settings. */
export interface AgencyStatesDescriptionSettings {
  provinceName: string;
  /** The period judged, e.g. '2025-Q4'. */
  period: string;
}

/** Title, subtitle and a summary naming the most overdue agency. */
export function describeAgencyStates(
  rows: readonly StateCounts[],
  settings: AgencyStatesDescriptionSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const drawn = orderAgencyRows(rows);
  const top = drawn[0];
  return {
    title: t('planView.chart.agency.title', {
      province: settings.provinceName,
      period: i18n.formatPeriod(settings.period),
    }),
    subtitle: t('planView.chart.agency.subtitle'),
    summary:
      top === undefined
        ? t('planView.chart.agency.summaryNone')
        : top.counts.overdue === 0
          ? t('planView.chart.agency.summaryNoOverdue', { count: drawn.length })
          : t('planView.chart.agency.summary', {
              count: drawn.length,
              agency: top.key,
              overdue: top.counts.overdue,
            }),
  };
}

// The scatter in words: title, subtitle (province, period, years), summary and the left-out dimensions.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { ScatterRow } from './scatter-rows.ts';
import type { CompletionScatterSettings } from './scatter-settings.ts';

/** "Không vẽ: 7 (cách tính đổi…)." or '' when every dimension is plotted. */
export function describeOmitted(rows: readonly ScatterRow[], i18n: I18n): string {
  const omitted = rows.filter((row) => row.omitted !== null);
  if (omitted.length === 0) return '';
  const list = omitted
    .map((row) => `${row.dimension} (${i18n.t(`svt.scatter.reason.${row.omitted ?? 'noScore'}`)})`)
    .join(', ');
  return i18n.t('svt.scatter.omitted', { list });
}

export function describeCompletionScatter(
  rows: readonly ScatterRow[],
  settings: CompletionScatterSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const from = settings.planTargetYear - 1;
  const target = settings.planTargetYear;
  const plotted = rows.filter((row) => row.omitted === null).length;
  const omitted = describeOmitted(rows, i18n);
  return {
    title: t('svt.scatter.title', { from, target }),
    subtitle: t(settings.afterSurvey === true ? 'svt.scatter.subtitleAfterSurvey' : 'svt.scatter.subtitle', {
      province: settings.provinceName,
      period: i18n.formatPeriod(settings.period),
      target,
      from,
    }),
    summary: [t('svt.scatter.summary', { count: plotted }), omitted].filter((s) => s !== '').join('. '),
  };
}

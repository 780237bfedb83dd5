// Words for the deadline rule, and the figures' source line.
import type { TaskDeadline } from '../../domain/deadline.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A task's deadline in words: a date (dd/mm/yyyy) with its rule, or why it has none. */
export function describeDeadline(t: Translate, deadline: TaskDeadline): string {
  if (deadline.kind === 'none')
    return t(
      deadline.rule === 'continuous' ? 'planView.deadline.continuous' : 'planView.deadline.unscheduled',
    );
  const [year = '', month = '', day = ''] = deadline.date.split('-');
  return t('planView.deadline.date', { date: `${day}/${month}/${year}` });
}

/** A 'YYYY-MM-DD' date as offices write it: dd/mm/yyyy. */
export function formatIsoDate(date: string | null): string {
  if (date === null) return '—';
  const [year = '', month = '', day = ''] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Where the progress figures come from; the sample says so plainly. */
export function buildPlanSourceLine(
  t: Translate,
  plans: readonly string[],
  progress: { isSample: boolean; source: string | null },
): string {
  const recorded = progress.source?.trim() ?? '';
  const progressText = progress.isSample
    ? t('chart.source.progressSample')
    : recorded !== ''
      ? t('chart.source.progressFrom', { source: recorded })
      : t('chart.source.progressReports');
  return t('planView.source', { plan: plans.join(', '), progress: progressText });
}

// Words for the deadline rule, and the figures' source line.
import { describeProgressSource } from '../../charts/build-source-line.ts';
import type { TaskDeadline } from '../../domain/deadline.ts';
import type { ProgressProvenance } from '../../domain/types.ts';
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

/** The plans and where the progress figures come from (in the words every figure's source line uses). */
export function buildPlanSourceLine(
  t: Translate,
  plans: readonly string[],
  progress: ProgressProvenance,
): string {
  return t('planView.source', { plan: plans.join(', '), progress: describeProgressSource(t, progress) });
}

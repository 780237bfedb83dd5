// The reporting cycle's two fields: the period (a quarter) and its due date.
import type { ReactNode } from 'react';
import { formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ReportCycle } from './use-report-cycle.ts';

/** The fields; `id` prefixes their ids (the panel's). */
export function ReportCycleFields({ id, cycle }: { id: string; cycle: ReportCycle }): ReactNode {
  const { t, lang } = useI18n();
  return (
    <div className="report-forms-fields">
      <label htmlFor={`${id}-period`}>{t('reportForms.period')}</label>
      <select
        id={`${id}-period`}
        value={cycle.period}
        onChange={(event) => cycle.choosePeriod(event.target.value)}
      >
        {cycle.periods.map((option) => (
          <option key={option} value={option}>
            {formatPeriod(option, lang)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-due`}>{t('reportForms.dueDate')}</label>
      <input
        id={`${id}-due`}
        type="date"
        value={cycle.dueDate}
        onChange={(event) => cycle.setDueDate(event.target.value)}
      />
    </div>
  );
}

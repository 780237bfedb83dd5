import type { ReactNode } from 'react';
import type { MissingReporter } from '../../domain/task-state-summary.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { dimensionLabel } from './dimension-label.ts';

interface MissingReportsProps {
  groups: readonly { dimension: string | null; units: MissingReporter[] }[];
  dimensionNames: Readonly<Record<string, string>>;
  period: string;
}

/** Per dimension, the units with no report for the period (and tasks no unit ever reported on). */
export function MissingReports({ groups, dimensionNames, period }: MissingReportsProps): ReactNode {
  const { t } = useI18n();
  if (groups.length === 0) return <p>{t('planView.missing.none', { period })}</p>;
  return (
    <ul className="plan-missing" data-testid="plan-missing">
      {groups.map((group) => (
        <li key={group.dimension ?? ''}>
          <h3>{dimensionLabel(group.dimension, dimensionNames, t)}</h3>
          <ul>
            {group.units.map((entry) => (
              <li key={entry.unit ?? ''}>
                {entry.unit === null
                  ? t('planView.missing.neverReported', { tasks: entry.missingTaskIds.join(', ') })
                  : t('planView.missing.unit', {
                      unit: entry.unit,
                      missing: entry.missingTaskIds.length,
                      total: entry.taskCount,
                      tasks: entry.missingTaskIds.join(', '),
                    })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

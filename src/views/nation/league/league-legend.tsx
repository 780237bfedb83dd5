import type { ReactNode } from 'react';
import { GROUPS_HIGH_TO_LOW } from '../../../domain/papi-groups.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** The four group colours, each with its word. */
export function LeagueLegend(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="league-legend" data-testid="league-legend">
      <span className="league-legend-label">{t('nation.legend.label')}:</span>
      <ul className="league-legend-list">
        {GROUPS_HIGH_TO_LOW.map((group) => (
          <li key={group} className="league-legend-item">
            <span className={`league-swatch group-${group}`} aria-hidden="true" />
            {t(`group.${group}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

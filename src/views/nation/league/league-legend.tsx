import type { ReactNode } from 'react';
import type { PapiGroup } from '../../../domain/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** The groups from the top down, as the legend lists them. */
export const GROUPS_TOP_DOWN: readonly PapiGroup[] = ['high', 'upper_middle', 'lower_middle', 'low'];

/** The four group colours, each with its word. */
export function LeagueLegend(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="league-legend" data-testid="league-legend">
      <span className="league-legend-label">{t('nation.legend.label')}:</span>
      <ul className="league-legend-list">
        {GROUPS_TOP_DOWN.map((group) => (
          <li key={group} className="league-legend-item">
            <span className={`league-swatch group-${group}`} aria-hidden="true" />
            {t(`group.${group}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

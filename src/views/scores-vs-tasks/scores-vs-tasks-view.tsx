import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ViewProps } from '../view-props.ts';

/** Placeholder until this view is built: says so, shows no invented content. */
export function ScoresVsTasksView(_props: ViewProps): ReactNode {
  const { t } = useI18n();
  return (
    <div className="panel coming-soon" data-testid="coming-soon">
      <p className="panel-title">{t('comingSoon.title')}</p>
    </div>
  );
}

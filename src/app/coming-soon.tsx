import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { ViewId } from '../state/url-state.ts';
import { VIEW_LABELS } from './app-nav.tsx';

/** Placeholder for a view not built yet: says so, shows no invented content. */
export function ComingSoon({ view }: { view: ViewId }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="panel coming-soon" data-testid="coming-soon">
      <p className="panel-title">{t('comingSoon.title')}</p>
      <p>{t('comingSoon.body', { view: t(VIEW_LABELS[view]) })}</p>
    </div>
  );
}

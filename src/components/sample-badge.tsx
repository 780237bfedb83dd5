import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Marks a figure built on the bundled illustrative progress file. */
export function SampleBadge(): ReactNode {
  const { t } = useI18n();
  const explanation = t('sample.explanation');
  return (
    <span className="sample-badge" data-testid="sample-badge" title={explanation}>
      {t('sample.badge')}
      <span className="visually-hidden">: {explanation}</span>
    </span>
  );
}

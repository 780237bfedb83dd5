import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { describeError } from './error-description.ts';
import './error-panel.css';

/** An error shown in the page (never a blank screen): a sentence in the UI language, the technical detail collapsed, an optional retry. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }): ReactNode {
  const { t } = useI18n();
  const { messageKey, detail } = describeError(error);
  return (
    <div className="error-panel" role="alert" data-testid="error-panel">
      <p className="error-title">{t('status.errorTitle')}</p>
      <p className="error-message">{t(messageKey)}</p>
      {detail === null ? null : (
        <details className="error-details" data-testid="error-details">
          <summary>{t('error.technicalDetails')}</summary>
          <pre className="error-detail-text">{detail}</pre>
        </details>
      )}
      {onRetry === undefined ? null : (
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

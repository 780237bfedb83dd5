import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Turns anything thrown into a sentence for the page. */
export function describeError(error: unknown): string | null {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return null;
}

/** An error shown in the page (never a blank screen), with an optional retry. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }): ReactNode {
  const { t } = useI18n();
  const message = describeError(error) ?? t('status.unknownError');
  return (
    <div className="error-panel" role="alert" data-testid="error-panel">
      <p className="error-title">{t('status.errorTitle')}</p>
      <p className="error-message">{t('status.errorBody', { message })}</p>
      {onRetry === undefined ? null : (
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

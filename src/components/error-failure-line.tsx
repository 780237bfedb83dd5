import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { describeFailure, exportFailureText } from './error-failure.ts';
import './error-panel.css';

/** A failed export as an alert: the reason in the UI language, the browser's own text collapsed under it. */
export function ExportFailureLine({ error, testId }: { error: unknown; testId?: string }): ReactNode {
  const { t } = useI18n();
  const { detail } = describeFailure(error);
  return (
    <div role="alert" className="failure-line" data-testid={testId}>
      <p className="failure-message">{exportFailureText(error, t)}</p>
      {detail === null ? null : (
        <details className="error-details">
          <summary>{t('error.technicalDetails')}</summary>
          <pre className="error-detail-text">{detail}</pre>
        </details>
      )}
    </div>
  );
}

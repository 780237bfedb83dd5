import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import {
  describeFailure,
  describeStorageFailure,
  exportFailureText,
  storageFailureText,
  type StorageFailure,
} from './error-failure.ts';
import './error-panel.css';

/** The browser's own text, collapsed under "Chi tiết kỹ thuật"; nothing when there is none. */
export function FailureDetails({ detail }: { detail: string | null }): ReactNode {
  const { t } = useI18n();
  if (detail === null) return null;
  return (
    <details className="error-details">
      <summary>{t('error.technicalDetails')}</summary>
      <pre className="error-detail-text">{detail}</pre>
    </details>
  );
}

/** A failed export as an alert: the reason in the UI language, the browser's own text collapsed under it. */
export function ExportFailureLine({ error, testId }: { error: unknown; testId?: string }): ReactNode {
  const { t } = useI18n();
  const { detail } = describeFailure(error);
  return (
    <div role="alert" className="failure-line" data-testid={testId}>
      <p className="failure-message">{exportFailureText(error, t)}</p>
      <FailureDetails detail={detail} />
    </div>
  );
}

/**
 * "Không lưu được vào trình duyệt: <reason>" with the browser's own text under details, inside an alert of the
 * caller's; a tab whose storage a newer app upgraded gets a button that reloads it.
 */
export function StorageFailureText({ failure }: { failure: StorageFailure }): ReactNode {
  const { t } = useI18n();
  const { detail } = describeStorageFailure(failure);
  return (
    <>
      <p className="failure-message" data-testid="storage-failure-reason">
        {storageFailureText(failure, t)}
      </p>
      {failure.reason === 'outdated' ? (
        <p>
          <button
            type="button"
            className="button"
            data-testid="storage-reload"
            onClick={() => window.location.reload()}
          >
            {t('storage.reload')}
          </button>
        </p>
      ) : null}
      <FailureDetails detail={detail} />
    </>
  );
}

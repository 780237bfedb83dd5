import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useResetData } from '../../queries/use-reset-data.ts';

/** "Khôi phục dữ liệu gốc": asks to confirm, then drops every import (kept files too) and reloads the bundled data. */
export function RestorePanel(): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const reset = useResetData();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const cancel = (): void => {
    setConfirming(false);
    // Back where the keyboard user was.
    window.setTimeout(() => openRef.current?.focus(), 0);
  };

  return (
    <section className="panel data-section" aria-labelledby="data-restore-title">
      <h2 id="data-restore-title" className="data-section-title">
        {t('data.restore.title')}
      </h2>
      <p className="data-intro">{t('data.restore.intro')}</p>
      {confirming ? (
        <div className="restore-confirm" role="group" aria-labelledby="data-restore-confirm">
          <p id="data-restore-confirm">{t('data.restore.confirm')}</p>
          <div className="restore-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-danger"
              onClick={() => {
                setConfirming(false);
                reset.mutate();
              }}
            >
              {t('data.restore.confirmButton')}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('data.restore.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={openRef}
          type="button"
          className="button"
          disabled={reset.isPending}
          onClick={() => {
            reset.reset();
            setConfirming(true);
          }}
        >
          {reset.isPending ? t('data.restore.working') : t('data.restore.button')}
        </button>
      )}
      <RestoreOutcome result={reset.data} error={reset.error} />
    </section>
  );
}

function RestoreOutcome({
  result,
  error,
}: {
  result: ReturnType<typeof useResetData>['data'];
  error: Error | null;
}): ReactNode {
  const { t } = useI18n();
  if (error !== null) {
    return (
      <p role="alert" className="import-outcome is-alert">
        {t('data.restore.failed', { error: error.message })}
      </p>
    );
  }
  if (result === undefined) return null;
  if (!result.ok) {
    return (
      <p role="alert" className="import-outcome is-alert">
        {t('data.restore.done')} {t(`import.storage.${result.reason}`, { error: result.error })}
      </p>
    );
  }
  return (
    <p role="status" className="import-outcome" data-testid="restore-outcome">
      {t('data.restore.done')}
    </p>
  );
}

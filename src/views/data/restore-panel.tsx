import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { FailureDetails, StorageFailureText } from '../../components/error-failure-line.tsx';
import { describeFailure } from '../../components/error-failure.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { unkeptImportsInOtherTabs, useResetData } from '../../queries/use-reset-data.ts';

/**
 * "Khôi phục dữ liệu gốc": asks to confirm, asks the other tabs whether they hold imports they could not keep
 * (and says so before going on), then drops every import (kept files too) and reloads the bundled data.
 */
export function RestorePanel(): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  /** null: not asked; 'asking': waiting for the other tabs; a list: what they hold unkept, shown before going on. */
  const [elsewhere, setElsewhere] = useState<'asking' | readonly string[] | null>(null);
  const reset = useResetData();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const cancel = (): void => {
    setConfirming(false);
    setElsewhere(null);
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
          {Array.isArray(elsewhere) ? (
            <p role="alert" className="import-outcome is-alert" data-testid="restore-unkept-elsewhere">
              {t('data.restore.unkeptElsewhere', { files: elsewhere.join(', ') })}
            </p>
          ) : null}
          <div className="restore-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-danger"
              disabled={elsewhere === 'asking'}
              data-testid="restore-confirm"
              onClick={() => {
                if (Array.isArray(elsewhere)) {
                  setConfirming(false);
                  setElsewhere(null);
                  reset.mutate();
                  return;
                }
                setElsewhere('asking');
                void unkeptImportsInOtherTabs().then((files) => {
                  if (files.length > 0) {
                    setElsewhere(files);
                    return;
                  }
                  setConfirming(false);
                  setElsewhere(null);
                  reset.mutate();
                });
              }}
            >
              {elsewhere === 'asking'
                ? t('data.restore.checking')
                : Array.isArray(elsewhere)
                  ? t('data.restore.goOn')
                  : t('data.restore.confirmButton')}
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
    const { reasonKey, detail } = describeFailure(error);
    return (
      <div role="alert" className="import-outcome is-alert">
        <p>{t('data.restore.failedBecause', { reason: t(reasonKey) })}</p>
        <FailureDetails detail={detail} />
      </div>
    );
  }
  if (result === undefined) return null;
  if (!result.ok) {
    return (
      <div role="alert" className="import-outcome is-alert">
        <p>{t('data.restore.done')}</p>
        <StorageFailureText failure={result} />
      </div>
    );
  }
  return (
    <p role="status" className="import-outcome" data-testid="restore-outcome">
      {t('data.restore.done')}
    </p>
  );
}

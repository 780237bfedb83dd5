import type { ReactNode } from 'react';
import { EngineStoppedError } from '../db/engine-failure.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import './error-panel.css';

/**
 * The data engine stopped after start-up: one sentence in the UI language, what the engine said under the
 * technical details, and the button that starts a new engine (no page reload, kept imports re-applied).
 */
export function EngineStoppedPanel({
  error,
  onRestart,
}: {
  error: unknown;
  onRestart: () => void;
}): ReactNode {
  const { t } = useI18n();
  const detail =
    error instanceof EngineStoppedError ? error.detail : error instanceof Error ? error.message : null;
  return (
    <div className="error-panel" role="alert" data-testid="engine-stopped">
      <p className="error-title">{t('engine.stopped')}</p>
      <p className="error-message">{t('engine.stoppedHint')}</p>
      {detail === null || detail === '' ? null : (
        <details className="error-details">
          <summary>{t('error.technicalDetails')}</summary>
          <pre className="error-detail-text">{detail}</pre>
        </details>
      )}
      <button type="button" className="button" onClick={onRestart}>
        {t('engine.restart')}
      </button>
    </div>
  );
}

// Run and cancel, with a hint (Ctrl+Enter, or that the engine is not ready yet).
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

interface ConsoleToolbarProps {
  running: boolean;
  /** False while the engine is starting. */
  ready: boolean;
  onRun: () => void;
  onCancel: () => void;
}

export function ConsoleToolbar({ running, ready, onRun, onCancel }: ConsoleToolbarProps): ReactNode {
  const { t } = useI18n();
  return (
    <div className="sql-console-toolbar">
      <button
        type="button"
        className="button sql-console-run"
        data-testid="sql-console-run"
        aria-keyshortcuts="Control+Enter"
        disabled={running || !ready}
        onClick={onRun}
      >
        {t('console.run')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="sql-console-cancel"
        disabled={!running}
        onClick={onCancel}
      >
        {t('console.cancel')}
      </button>
      <span className="sql-console-hint">{ready ? t('console.runHint') : t('console.notReady')}</span>
    </div>
  );
}

// A read or an import running off the page: a bar, the stage in words, and Hủy (cancel). The Data view's
// import and its plan panel show the same one.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface ProgressWithCancelProps {
  /** 'import' or 'plan': its test ids are `<prefix>-progress`, `<prefix>-stage` and `<prefix>-cancel`. */
  readonly testIdPrefix: string;
  /** The bar's accessible name. */
  readonly label: string;
  /** 0-1; null while there is no measure (the bar then shows that it is busy). */
  readonly value: number | null;
  /** The stage in the UI language, e.g. "Đang kiểm tra…". */
  readonly stage: string;
  readonly onCancel: () => void;
  /** A step that cannot be cut (applying is one atomic step in the engine). */
  readonly cancelDisabled?: boolean;
}

/** The bar, the stage and the cancel button. */
export function ProgressWithCancel({
  testIdPrefix,
  label,
  value,
  stage,
  onCancel,
  cancelDisabled = false,
}: ProgressWithCancelProps): ReactNode {
  const { t } = useI18n();
  return (
    <div className="import-progress" data-testid={`${testIdPrefix}-progress`}>
      <progress aria-label={label} max={1} value={value ?? undefined} />
      <span className="import-progress-stage" data-testid={`${testIdPrefix}-stage`} aria-live="polite">
        {stage}
      </span>
      <button
        type="button"
        className="button"
        data-testid={`${testIdPrefix}-cancel`}
        disabled={cancelDisabled}
        onClick={onCancel}
      >
        {t('data.import.cancel')}
      </button>
    </div>
  );
}

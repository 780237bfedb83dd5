// A review row's "to check" cell: the parser's doubts in words, an undetermined executing agency with the
// button that confirms it.
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { PlanFlag } from '../../../ingest/plan-document/plan-task-draft.ts';
import { flagText } from './flag-text.ts';

interface FlagsCellProps {
  flags: readonly PlanFlag[];
  /** The accessible name of a control in this row (the column and the row). */
  label: (column: string) => string;
  onConfirmUndetermined: () => void;
}

/** The doubts as a list; empty when there are none. */
export function FlagsCell({ flags, label, onConfirmUndetermined }: FlagsCellProps): ReactNode {
  const { t } = useI18n();
  return (
    <td className="plan-flags">
      {flags.length > 0 ? (
        <ul>
          {flags.map((flag) => (
            <li key={`${flag.key}-${flag.column}`}>
              {flagText(flag, t)}
              {flag.key === 'executingUnconfirmed' ? (
                <button
                  type="button"
                  className="button plan-confirm"
                  aria-label={label(t('planDocument.confirmUndetermined'))}
                  onClick={onConfirmUndetermined}
                >
                  {t('planDocument.confirmUndetermined')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

import type { ReactNode } from 'react';
import type { DimensionStanding } from '../../domain/types.ts';
import { MISSING_VALUE } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pluralCategory } from '../../i18n/plural.ts';
import '../../components/muted-text.css';

export const signClass = (value: number | null): string =>
  value == null || value === 0 ? '' : value < 0 ? 'is-negative' : 'is-positive';

/** "—" with its reason on hover (title) and for screen readers (hidden text). */
function MissingValue({
  explanation,
  className = '',
}: {
  explanation: string;
  className?: string;
}): ReactNode {
  return (
    <span className={`muted ${className}`} title={explanation}>
      <span aria-hidden="true">{MISSING_VALUE}</span>
      <span className="visually-hidden">{explanation}</span>
    </span>
  );
}

/** The change on the year before; says so where the two years define the dimension differently. */
export function ChangeCell({ row }: { row: DimensionStanding }): ReactNode {
  const { t, formatSignedNumber } = useI18n();
  const change = row.change;
  if (change !== null)
    return <td className={`numeric ${signClass(change)}`}>{formatSignedNumber(change)}</td>;
  return (
    <td className="numeric" data-testid="change-cell-empty">
      {row.previousScore == null ? (
        <MissingValue explanation={t('table.noPrevious')} />
      ) : (
        <span className="not-comparable">{t('table.notComparable')}</span>
      )}
    </td>
  );
}

/** Completion in the plan's target year and the number of tasks it is computed over, e.g. "45% · 4 nhiệm vụ". */
export function CompletionCell({ row }: { row: DimensionStanding }): ReactNode {
  const { t, formatPercent, locale } = useI18n();
  const taskKey = pluralCategory(locale, row.taskCount) === 'one' ? 'table.tasks.one' : 'table.tasks.other';
  return (
    <td>
      <span className="completion" data-testid="completion-cell">
        {row.taskCount === 0 ? (
          <MissingValue className="completion-missing" explanation={t('table.noPlanExplanation')} />
        ) : row.completionRate == null ? (
          <MissingValue className="completion-missing" explanation={t('table.notReportedExplanation')} />
        ) : (
          <span className="completion-value">{formatPercent(row.completionRate)}</span>
        )}
        <span className="completion-tasks">· {t(taskKey, { count: row.taskCount })}</span>
      </span>
    </td>
  );
}

import type { ReactNode } from 'react';
import type { DimensionStanding } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** What "58/61" means, and why some changes are missing; each said once under the table. */
export function DimensionTableNotes({
  rows,
  year,
}: {
  rows: readonly DimensionStanding[];
  year: number;
}): ReactNode {
  const { t } = useI18n();
  const counts = rows.map((row) => row.scoredCount);
  const minCount = Math.min(...counts);
  const maxCount = Math.max(...counts);
  const notComparable = rows
    .filter((row) => row.previousScore != null && !row.comparableWithPrevious)
    .map((row) => row.indicator)
    .sort((a, b) => Number(a) - Number(b));
  return (
    <ul className="table-notes" data-testid="table-notes">
      <li data-testid="rank-note">
        {t('table.rankNote', { year })}
        {rows.length > 0 && minCount !== maxCount
          ? ` ${t('table.rankNoteMixed', { min: minCount, max: maxCount })}`
          : null}
      </li>
      {notComparable.length === 0 ? null : (
        <li data-testid="change-note">
          {t('table.notComparableNote', { previous: year - 1, dimensions: notComparable.join(', ') })}
        </li>
      )}
    </ul>
  );
}

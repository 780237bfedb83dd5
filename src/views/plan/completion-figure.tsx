import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatPercent, formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ReportedPeriod } from '../../domain/task-state-pairs.ts';
import type { CompletionGridRow } from './completion-grid.ts';
import { dimensionLabel } from './dimension-label.ts';
import '../../components/data-table.css';
import '../../components/muted-text.css';

interface CompletionGridTableProps {
  rows: readonly CompletionGridRow[];
  periods: readonly ReportedPeriod[];
  dimensionNames: Readonly<Record<string, string>>;
  caption: string;
}

/**
 * Dimensions × periods: share of task-unit pairs done, with a bar and the counts. Periods stay in time order,
 * left to right as on every chart of the app, and the box opens scrolled to its end: on a phone the latest
 * period (what a leader asks first) shows beside the dimension names, with the one before it to compare.
 */
export function CompletionGridTable({
  rows,
  periods,
  dimensionNames,
  caption,
}: CompletionGridTableProps): ReactNode {
  const { t, lang } = useI18n();
  return (
    <ScrollRegion label={caption} hint={t('planView.grid.scrollHint')} startAtEnd testId="plan-grid-scroll">
      <table className="data-table" data-testid="plan-completion-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t('planView.table.dimension')}
              <span className="th-detail plan-th-detail">{t('planView.grid.unit')}</span>
            </th>
            {periods.map((period) => (
              <th scope="col" className="numeric" key={period.period}>
                {formatPeriod(period.period, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.dimension ?? 'unlinked'}>
              <th scope="row">
                {row.dimension === ''
                  ? t('planView.grid.wholePlan')
                  : dimensionLabel(row.dimension, dimensionNames, t)}
              </th>
              {row.cells.map((cell, index) => (
                <td className="numeric" key={periods[index]?.period ?? index}>
                  <div className="plan-grid-cell">
                    <span>{formatPercent(lang, cell.completionRate)}</span>
                    <span className="plan-bar" aria-hidden="true">
                      <span style={{ width: `${String(Math.round((cell.completionRate ?? 0) * 100))}%` }} />
                    </span>
                    <span className="muted">
                      {t('planView.table.pairsDone', { done: cell.pairsDone, total: cell.pairCount })}
                    </span>
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

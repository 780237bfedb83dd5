import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import type { StateCounts } from '../../domain/task-state-summary.ts';
import { formatPercent } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import '../../components/data-table.css';

interface BreakdownTableProps {
  rows: readonly StateCounts[];
  keyLabel: string;
  caption: string;
  testId: string;
}

/** Task-unit pairs by an executing agency or a reporting unit: done share, overdue and not reported; every header says it counts pairs. */
export function BreakdownTable({ rows, keyLabel, caption, testId }: BreakdownTableProps): ReactNode {
  const { t, lang } = useI18n();
  return (
    <ScrollRegion label={caption} hint={t('planView.scrollHint')} testId={`${testId}-scroll`}>
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col" className="numeric">
              {t('planView.breakdown.pairs')}
            </th>
            <th scope="col" className="numeric">
              {t('planView.table.completion')}
              <span className="th-detail plan-th-detail">{t('planView.table.pairsUnit')}</span>
            </th>
            <th scope="col" className="numeric">
              {t('planView.state.done_late')}
              <span className="th-detail plan-th-detail">{t('planView.breakdown.inPairs')}</span>
            </th>
            <th scope="col" className="numeric">
              {t('planView.state.overdue')}
              <span className="th-detail plan-th-detail">{t('planView.breakdown.inPairs')}</span>
            </th>
            <th scope="col" className="numeric">
              {t('planView.state.not_reported')}
              <span className="th-detail plan-th-detail">{t('planView.breakdown.inPairs')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.key}</th>
              <td className="numeric">{row.pairCount}</td>
              <td className="numeric">{formatPercent(lang, row.completionRate)}</td>
              <td className="numeric">{row.counts.done_late}</td>
              <td className="numeric">{row.counts.overdue}</td>
              <td className="numeric">{row.counts.not_reported}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

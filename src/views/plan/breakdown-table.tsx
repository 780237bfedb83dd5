import type { ReactNode } from 'react';
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

/** Pairs by an executing agency or a reporting unit: done share, overdue and not reported. */
export function BreakdownTable({ rows, keyLabel, caption, testId }: BreakdownTableProps): ReactNode {
  const { t, lang } = useI18n();
  return (
    <div className="table-scroll">
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
            </th>
            <th scope="col" className="numeric">
              {t('planView.state.done_late')}
            </th>
            <th scope="col" className="numeric">
              {t('planView.state.overdue')}
            </th>
            <th scope="col" className="numeric">
              {t('planView.state.not_reported')}
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
    </div>
  );
}

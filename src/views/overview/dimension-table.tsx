import type { ReactNode } from 'react';
import { SampleBadge } from '../../components/sample-badge.tsx';
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface DimensionTableProps {
  rows: readonly DimensionStanding[];
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  caption: string;
}

const signClass = (value: number | null): string =>
  value == null || value === 0 ? '' : value < 0 ? 'is-negative' : 'is-positive';

function CompletionCell({ row }: { row: DimensionStanding }): ReactNode {
  const { t, formatPercent } = useI18n();
  if (row.completionRate == null) {
    return <span className="muted">{row.taskCount === 0 ? t('table.noPlan') : formatPercent(null)}</span>;
  }
  return (
    <span className="completion">
      <span className="completion-value">{formatPercent(row.completionRate)}</span>
      {row.progressPeriod == null ? null : (
        <span className="completion-period">{t('table.period', { period: row.progressPeriod })}</span>
      )}
      {row.progressIsSample ? <SampleBadge /> : null}
    </span>
  );
}

/** The dimensions in the order given (weakest first), with score, change, rank, gap and task completion. */
export function DimensionTable({ rows, dimensionNames, caption }: DimensionTableProps): ReactNode {
  const { t, formatNumber, formatSignedNumber, formatRank } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="dimension-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.dimension')}</th>
            <th scope="col" className="numeric">
              {t('table.score')}
            </th>
            <th scope="col" className="numeric">
              {t('table.change')}
            </th>
            <th scope="col" className="numeric">
              {t('table.rank')}
            </th>
            <th scope="col" className="numeric">
              {t('table.gap')}
            </th>
            <th scope="col">{t('table.completion')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const change = row.previousScore == null ? null : row.score - row.previousScore;
            return (
              <tr key={row.indicator} data-testid="dimension-row">
                <th scope="row">
                  <span className="dimension-code">{row.indicator}</span>{' '}
                  {dimensionNames[row.indicator] ?? row.indicator}
                </th>
                <td className="numeric">{formatNumber(row.score)}</td>
                <td className={`numeric ${signClass(change)}`}>{formatSignedNumber(change)}</td>
                <td className="numeric">{formatRank(row.rank, row.scoredCount)}</td>
                <td className={`numeric ${signClass(row.gapToMedian)}`}>
                  {formatSignedNumber(row.gapToMedian)}
                </td>
                <td>
                  <CompletionCell row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

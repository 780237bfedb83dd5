import type { ReactNode } from 'react';
import { SampleBadge } from '../../components/sample-badge.tsx';
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import { MISSING_VALUE } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pluralCategory } from '../../i18n/plural.ts';

interface DimensionTableProps {
  rows: readonly DimensionStanding[];
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  caption: string;
  /** Marks the completion column once (not every row) while progress is the illustrative sample. */
  progressIsSample: boolean;
}

const signClass = (value: number | null): string =>
  value == null || value === 0 ? '' : value < 0 ? 'is-negative' : 'is-positive';

/** "—" with its reason on hover (title) and for screen readers (hidden text). */
function MissingCompletion({ label, explanation }: { label: string; explanation: string }): ReactNode {
  return (
    <span className="completion-value muted completion-missing" title={explanation}>
      <span aria-hidden="true">{MISSING_VALUE}</span>
      <span className="visually-hidden">
        {label}: {explanation}
      </span>
    </span>
  );
}

/** Completion in the latest reported period and the number of tasks it is computed over, e.g. "45% kỳ 2025-Q4 · 4 nhiệm vụ". */
function CompletionCell({ row }: { row: DimensionStanding }): ReactNode {
  const { t, formatPercent, locale } = useI18n();
  const taskKey = pluralCategory(locale, row.taskCount) === 'one' ? 'table.tasks.one' : 'table.tasks.other';
  return (
    <span className="completion" data-testid="completion-cell">
      {row.taskCount === 0 ? (
        <MissingCompletion label={t('table.noPlan')} explanation={t('table.noPlanExplanation')} />
      ) : row.completionRate == null ? (
        <MissingCompletion label={t('table.notReported')} explanation={t('table.notReportedExplanation')} />
      ) : (
        <span className="completion-value">{formatPercent(row.completionRate)}</span>
      )}
      {row.completionRate == null || row.progressPeriod == null ? null : (
        <span className="completion-period">{t('table.period', { period: row.progressPeriod })}</span>
      )}
      <span className="completion-tasks">· {t(taskKey, { count: row.taskCount })}</span>
    </span>
  );
}

/** The dimensions in the order given (weakest first), with score, change, rank, gap and task completion. */
export function DimensionTable({
  rows,
  dimensionNames,
  caption,
  progressIsSample,
}: DimensionTableProps): ReactNode {
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
            <th scope="col">
              {t('table.completion')}
              {progressIsSample ? <SampleBadge testId="sample-badge-column" /> : null}
            </th>
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

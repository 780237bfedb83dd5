import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { ChangeCell, CompletionCell, signClass } from './dimension-table-cells.tsx';
import { DimensionTableNotes } from './dimension-table-notes.tsx';
import type { PlanContext } from './plan-context.ts';
import { SortHeader } from '../shared/sort-header.tsx';
import type { DimensionSort, DimensionSortKey } from './sort-dimension-rows.ts';
import {
  DEFAULT_DIMENSION_SORT,
  isDefaultDimensionSort,
  nextDimensionSort,
  sortDimensionRows,
} from './sort-dimension-rows.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import '../../components/data-table.css';
import '../../components/link-button.css';

interface DimensionTableProps {
  rows: readonly DimensionStanding[];
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  provinceName: string;
  year: number;
  plan: PlanContext;
  /** Where the completion figures come from: the column is marked once (not every row) while they are sample. */
  progress: ProgressProvenance | null;
}

const COLUMN_LABELS: Readonly<Record<DimensionSortKey, MessageKey>> = {
  dimension: 'table.dimension',
  score: 'table.score',
  change: 'table.change',
  rank: 'table.rank',
  gap: 'table.gap',
  completion: 'table.completion',
};

/** The sentence that says how the rows are ordered now (shown above the table and in its caption). */
function useOrderSentence(sort: DimensionSort): string {
  const { t } = useI18n();
  if (isDefaultDimensionSort(sort)) return t('overview.order.default');
  return t('overview.order.custom', {
    column: t(COLUMN_LABELS[sort.key]),
    direction: t(sort.direction === 'ascending' ? 'overview.order.ascending' : 'overview.order.descending'),
  });
}

/**
 * The dimensions with score, change, rank, gap and (in the plan's target year) task completion. Rows start
 * in the stated default order; any column header sorts them. On a narrow screen the first column stays put
 * and the table says that it scrolls.
 */
export function DimensionTable({
  rows,
  dimensionNames,
  provinceName,
  year,
  plan,
  progress,
}: DimensionTableProps): ReactNode {
  const { t, formatNumber, formatSignedNumber, formatRank, formatPeriod } = useI18n();
  const [sort, setSort] = useState<DimensionSort>(DEFAULT_DIMENSION_SORT);
  const sorted = useMemo(() => sortDimensionRows(rows, sort), [rows, sort]);
  const orderSentence = useOrderSentence(sort);
  const showCompletion = plan.kind === 'target-year';
  const onSort = (column: DimensionSortKey): void => setSort((current) => nextDimensionSort(current, column));
  const header = { sort, onSort };

  return (
    <>
      <div className="table-order">
        <p aria-live="polite" data-testid="table-order">
          {orderSentence}
        </p>
        {isDefaultDimensionSort(sort) ? null : (
          <button type="button" className="link-button" onClick={() => setSort(DEFAULT_DIMENSION_SORT)}>
            {t('overview.order.reset')}
          </button>
        )}
      </div>
      <ScrollRegion
        label={t('table.caption', { count: rows.length, province: provinceName, year })}
        hint={t('table.scrollHint')}
      >
        <table className="data-table" data-testid="dimension-table">
          <caption className="visually-hidden">
            {t('table.caption', { count: rows.length, province: provinceName, year })} {orderSentence}{' '}
            {t('table.sortHint')}
          </caption>
          <thead>
            <tr>
              <SortHeader column="dimension" label={t('table.dimension')} {...header} />
              <SortHeader column="score" label={t('table.score')} numeric {...header} />
              <SortHeader column="change" label={t('table.change')} numeric {...header} />
              <SortHeader
                column="rank"
                label={t('table.rank')}
                detail={t('table.rankDetail')}
                numeric
                {...header}
              />
              <SortHeader column="gap" label={t('table.gap')} numeric {...header} />
              {showCompletion ? (
                <SortHeader
                  column="completion"
                  label={t('table.completion')}
                  detail={
                    plan.period === null
                      ? undefined
                      : t('table.completionAsOf', { period: formatPeriod(plan.period) })
                  }
                  extra={<ProgressSampleBadge provenance={progress} testId="sample-badge-column" />}
                  {...header}
                />
              ) : null}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.indicator} data-testid="dimension-row" data-indicator={row.indicator}>
                <th scope="row">
                  <span className="dimension-code">{row.indicator}</span>{' '}
                  {dimensionNames[row.indicator] ?? row.indicator}
                </th>
                <td className="numeric">{formatNumber(row.score)}</td>
                <ChangeCell row={row} />
                <td className="numeric" data-testid="rank-cell">
                  {formatRank(row.rank, row.scoredCount)}
                </td>
                <td className={`numeric ${signClass(row.gapToMedian)}`}>
                  {formatSignedNumber(row.gapToMedian)}
                </td>
                {showCompletion ? <CompletionCell row={row} /> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <DimensionTableNotes rows={rows} year={year} />
    </>
  );
}

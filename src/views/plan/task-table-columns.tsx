// The task table's columns for TanStack Table: what each sorts by and its header (sorting only; the cells
// are our own markup, task-table-row.tsx).
import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
} from '@tanstack/react-table';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { rowCounts, type TaskRow } from './plan-model.ts';
import type { PlanFilters } from './plan-params.ts';
import '../../components/data-table.css';

/** The table's features: sorting, alphanumeric where a column asks for it. */
export const taskTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof taskTableFeatures, TaskRow>();

/** The columns; completion and states sort by the figures of the unit filtered on. */
export function useTaskColumns(unitFilter: PlanFilters['unit']) {
  const { t } = useI18n();
  return useMemo(
    () =>
      helper.columns([
        helper.accessor((row) => row.task.taskId, {
          id: 'task',
          header: () => t('planView.table.task'),
          sortFn: 'alphanumeric',
        }),
        helper.accessor((row) => Number(row.task.dimension), {
          id: 'dimension',
          header: () => t('planView.table.dimension'),
        }),
        helper.accessor((row) => row.agencies.join('; '), {
          id: 'agencies',
          header: () => t('planView.table.agencies'),
          sortFn: 'alphanumeric',
        }),
        helper.accessor((row) => (row.deadline.kind === 'date' ? row.deadline.date : '9999'), {
          id: 'deadline',
          header: () => t('planView.table.deadline'),
          sortFn: 'alphanumeric',
        }),
        helper.accessor((row) => rowCounts(row, { unit: unitFilter }).completionRate ?? -1, {
          id: 'completion',
          header: () => (
            <>
              {t('planView.table.completion')}
              <span className="th-detail plan-th-detail">{t('planView.table.pairsUnit')}</span>
            </>
          ),
        }),
        helper.accessor((row) => rowCounts(row, { unit: unitFilter }).counts.overdue, {
          id: 'states',
          header: () => t('planView.table.states'),
        }),
      ]),
    [t, unitFilter],
  );
}

import type { ReactNode } from 'react';
import { Fragment, useMemo, useState } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { TASK_STATES } from '../../domain/task-state.ts';
import { formatPercent } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { ReportedPeriod } from '../../domain/task-state-pairs.ts';
import { dimensionLabel } from './dimension-label.ts';
import { rowCounts, type TaskRow } from './plan-model.ts';
import type { PlanFilters } from './plan-params.ts';
import { describeDeadline } from './state-labels.ts';
import { StateTag } from '../shared/state-tag.tsx';
import { TaskDetail } from './task-detail.tsx';
import '../../components/data-table.css';
import '../../components/muted-text.css';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
const helper = createColumnHelper<typeof features, TaskRow>();

interface TaskTableProps {
  rows: readonly TaskRow[];
  filters: PlanFilters;
  reports: readonly PlanViewReport[];
  periods: readonly ReportedPeriod[];
  dimensionNames: Readonly<Record<string, string>>;
  onToggleTask: (taskId: string | null) => void;
}

const ARROWS = { asc: '▲', desc: '▼', none: '↕' } as const;

/** The plan's tasks (TanStack Table for sorting; our own table markup); a row's button opens its details below it. */
export function TaskTable({
  rows,
  filters,
  reports,
  periods,
  dimensionNames,
  onToggleTask,
}: TaskTableProps): ReactNode {
  const { t, lang } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([]);
  const unitFilter = filters.unit;
  const columns = useMemo(
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
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features, columns, data, state: { sorting }, onSortingChange: setSorting });
  const columnCount = columns.length;

  return (
    <ScrollRegion
      label={t('planView.table.caption')}
      hint={t('planView.scrollHint')}
      testId="plan-task-scroll"
    >
      <table className="data-table" data-testid="plan-task-table">
        <caption className="visually-hidden">{t('planView.table.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
                const numeric = header.column.id === 'completion';
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={numeric ? 'numeric' : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <span className="sort-label">
                        <table.FlexRender header={header} />
                      </span>
                      <span className="sort-arrow" aria-hidden="true">
                        {ARROWS[sorted === false ? 'none' : sorted]}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const item = row.original;
            const { task } = item;
            const open = filters.task === task.taskId;
            const counts = rowCounts(item, filters);
            const detailId = `plan-task-detail-${task.taskId}`;
            return (
              <Fragment key={row.id}>
                <tr data-testid="plan-task-row" data-task-id={task.taskId}>
                  <th scope="row" className="plan-task-text">
                    <button
                      type="button"
                      className="plan-task-toggle"
                      aria-expanded={open}
                      aria-controls={open ? detailId : undefined}
                      onClick={() => onToggleTask(open ? null : task.taskId)}
                    >
                      {task.subdimension ?? task.taskId} {task.subdimensionLabel ?? ''}
                    </button>
                    <div className="plan-task-snippet" title={task.task}>
                      {task.task}
                    </div>
                  </th>
                  <td>{dimensionLabel(task.dimension, dimensionNames, t)}</td>
                  <td className="plan-task-agencies">{item.agencies.join('; ')}</td>
                  <td>{describeDeadline(t, item.deadline)}</td>
                  <td className="numeric">
                    {formatPercent(lang, counts.completionRate)}
                    <div className="muted">
                      {t('planView.table.pairsDone', { done: counts.pairsDone, total: counts.pairCount })}
                    </div>
                  </td>
                  <td>
                    <div className="plan-row-states">
                      {TASK_STATES.filter((state) => counts.counts[state] > 0).map((state) => (
                        <StateTag key={state} state={state} count={counts.counts[state]} />
                      ))}
                    </div>
                  </td>
                </tr>
                {open ? (
                  <tr>
                    <td colSpan={columnCount} id={detailId}>
                      <TaskDetail row={item} reports={reports} periods={periods} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

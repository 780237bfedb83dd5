// The plan's task table: sortable headers over the task rows, in a scroll region on a narrow screen.
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { TaskRow } from './plan-model.ts';
import { taskTableFeatures, useTaskColumns } from './task-table-columns.tsx';
import { TaskTableRow, type TaskRowContext } from './task-table-row.tsx';
import '../../components/data-table.css';

interface TaskTableProps extends TaskRowContext {
  rows: readonly TaskRow[];
}

const ARROWS = { asc: '▲', desc: '▼', none: '↕' } as const;

/** The plan's tasks (TanStack Table for sorting; our own table markup); a row's button opens its details below it. */
export function TaskTable({ rows, ...rowContext }: TaskTableProps): ReactNode {
  const { t } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useTaskColumns(rowContext.filters.unit);
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features: taskTableFeatures,
    columns,
    data,
    state: { sorting },
    onSortingChange: setSorting,
  });
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
          {table.getRowModel().rows.map((row) => (
            <TaskTableRow key={row.id} item={row.original} columnCount={columnCount} {...rowContext} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

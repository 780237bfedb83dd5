// One task in the plan's task table: its cells, and below it, when opened by its button, its details.
import type { ReactNode } from 'react';
import { TASK_STATES } from '../../domain/task-state.ts';
import type { ReportedPeriod } from '../../domain/task-state-pairs.ts';
import { formatPercent } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import { StateTag } from '../shared/state-tag.tsx';
import { dimensionLabel } from './dimension-label.ts';
import { rowCounts, type TaskRow } from './plan-model.ts';
import type { PlanFilters } from './plan-params.ts';
import { describeDeadline } from './state-labels.ts';
import { TaskDetail } from './task-detail.tsx';
import '../../components/muted-text.css';

/** What every row of the table is given alike (the table's own props, but its rows). */
export interface TaskRowContext {
  filters: PlanFilters;
  reports: readonly PlanViewReport[];
  periods: readonly ReportedPeriod[];
  dimensionNames: Readonly<Record<string, string>>;
  onToggleTask: (taskId: string | null) => void;
}

interface TaskTableRowProps extends TaskRowContext {
  item: TaskRow;
  /** How many columns the details row spans. */
  columnCount: number;
}

/** The task's row; its counts follow the filters; open when the filters name it. */
export function TaskTableRow({
  item,
  filters,
  reports,
  periods,
  dimensionNames,
  columnCount,
  onToggleTask,
}: TaskTableRowProps): ReactNode {
  const { t, lang } = useI18n();
  const { task } = item;
  const open = filters.task === task.taskId;
  const counts = rowCounts(item, filters);
  const detailId = `plan-task-detail-${task.taskId}`;
  return (
    <>
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
    </>
  );
}

// One extracted task in the review table: every cell editable, the row marked when the parser was unsure.
import type { ChangeEvent, ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { IndicatorName } from '../../../ingest/plan-document/match-indicator.ts';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft.ts';
import { UNDETERMINED_AGENCY } from '../../../ingest/plan-document/plan-review.ts';
import { AgencyCell } from './review-agency-cell.tsx';
import { DimensionCell, SubdimensionCell } from './review-code-cells.tsx';
import type { EditableField } from './review-edits.ts';
import { FlagsCell } from './review-flags-cell.tsx';

interface ReviewRowProps {
  task: PlanTaskDraft;
  /** The row's number in the table, from 1. */
  row: number;
  dimensions: readonly IndicatorName[];
  subdimensions: readonly IndicatorName[];
  /** Where the row was read, said in its number's title ('planDocument.sourceLine' or 'planDocument.sourceRow'). */
  where: 'planDocument.sourceLine' | 'planDocument.sourceRow';
  onEdit: (field: EditableField, value: string) => void;
}

/** The task's row; its controls are named by their column and the row's number. */
export function ReviewRow({
  task,
  row,
  dimensions,
  subdimensions,
  where,
  onEdit,
}: ReviewRowProps): ReactNode {
  const { t, formatNumber } = useI18n();
  const label = (column: string): string => `${column}, ${t('planDocument.col.row')} ${String(row)}`;
  const flagged = task.flags.length > 0;
  // The task and its timeframe are edited as typed (the agencies on blur: see AgencyCell).
  const textControl = (field: 'task' | 'timeframe') => ({
    'aria-label': label(t(`planDocument.col.${field}`)),
    value: task[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onEdit(field, event.target.value),
  });
  return (
    <tr className={flagged ? 'is-flagged' : undefined} data-flagged={flagged}>
      <th scope="row" title={t(where, { row: task.row })}>
        {flagged ? <span aria-hidden="true">⚠ </span> : null}
        {formatNumber(row, 0)}
      </th>
      <DimensionCell
        task={task}
        options={dimensions}
        label={label(t('planDocument.col.dimension'))}
        onChange={(code) => onEdit('dimension', code)}
      />
      <SubdimensionCell
        task={task}
        options={subdimensions}
        label={label(t('planDocument.col.subdimension'))}
        onChange={(code) => onEdit('subdimension', code)}
      />
      <td>
        <textarea
          className="plan-input plan-task-text"
          rows={Math.min(6, Math.max(2, task.task.split('\n').length + 1))}
          {...textControl('task')}
        />
      </td>
      <AgencyCell
        agencies={task.executingAgencies}
        label={label(t('planDocument.col.executing'))}
        followsOutsideChanges
        onCommit={(text) => onEdit('executing', text)}
      />
      <AgencyCell
        agencies={task.supervisingAgencies}
        label={label(t('planDocument.col.supervising'))}
        onCommit={(text) => onEdit('supervising', text)}
      />
      <td>
        <input className="plan-input" {...textControl('timeframe')} />
      </td>
      <td className="plan-deadline">{task.deadline ?? '—'}</td>
      <FlagsCell
        flags={task.flags}
        label={label}
        onConfirmUndetermined={() => onEdit('executing', UNDETERMINED_AGENCY)}
      />
    </tr>
  );
}

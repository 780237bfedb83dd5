import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { IndicatorName } from '../../../ingest/plan-document/match-indicator.ts';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft.ts';
import { ReviewColumns } from './review-columns.tsx';
import type { EditableField } from './review-edits.ts';
import { ReviewRow } from './review-row.tsx';
import '../../../components/data-table.css';

interface ReviewTableProps {
  readonly tasks: readonly PlanTaskDraft[];
  readonly indicators: readonly IndicatorName[];
  readonly numbering: 'line' | 'row';
  /** Where the tasks were read: the appendix table, or the body's headings (its own caption). */
  readonly form: 'appendix' | 'body';
  readonly onEdit: (index: number, field: EditableField, value: string) => void;
}

/** The extracted tasks, every cell editable, rows the parser was unsure of marked with its reasons. */
export function ReviewTable({ tasks, indicators, numbering, form, onEdit }: ReviewTableProps): ReactNode {
  const { t } = useI18n();
  const dimensions = indicators.filter((indicator) => indicator.level === 'dimension');
  const subdimensions = indicators.filter((indicator) => indicator.level === 'subdimension');
  const captionId = useId();
  const where = numbering === 'line' ? 'planDocument.sourceLine' : 'planDocument.sourceRow';
  return (
    <>
      <p id={captionId} className="plan-review-caption">
        {t(form === 'body' ? 'planDocument.reviewCaptionBody' : 'planDocument.reviewCaption')}
      </p>
      <div
        className="data-table-scroll plan-review-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('planDocument.review')}
      >
        <table
          aria-describedby={captionId}
          className="data-table plan-review-table"
          data-testid="plan-review-table"
        >
          <ReviewColumns />
          <tbody>
            {tasks.map((task, index) => (
              <ReviewRow
                key={`${String(task.row)}-${String(index)}`}
                task={task}
                row={index + 1}
                dimensions={dimensions}
                subdimensions={subdimensions}
                where={where}
                onEdit={(field, value) => onEdit(index, field, value)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

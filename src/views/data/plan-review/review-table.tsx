import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { IndicatorName } from '../../../ingest/plan-document/match-indicator.ts';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft.ts';
import { UNDETERMINED_AGENCY } from '../../../ingest/plan-document/plan-review.ts';
import { AGENCY_SEPARATOR } from '../../../ingest/plan-document/plan-tasks.ts';
import { flagText } from './flag-text.ts';
import type { EditableField } from './review-edits.ts';
import '../../../components/data-table.css';
import '../../../components/muted-text.css';

interface ReviewTableProps {
  readonly tasks: readonly PlanTaskDraft[];
  readonly indicators: readonly IndicatorName[];
  readonly numbering: 'line' | 'row';
  /** Where the tasks were read: the appendix table, or the body's headings (its own caption). */
  readonly form: 'appendix' | 'body';
  readonly onEdit: (index: number, field: EditableField, value: string) => void;
}

// Row, dimension, sub-dimension, task, executing, supervising, timeframe, deadline, to check (sum: the table's 100rem).
const COLUMN_WIDTHS_REM = [4, 5.5, 15, 24, 13, 12, 8.5, 6.5, 11.5];

/** The extracted tasks, every cell editable, rows the parser was unsure of marked with its reasons. */
export function ReviewTable({ tasks, indicators, numbering, form, onEdit }: ReviewTableProps): ReactNode {
  const { t, formatNumber } = useI18n();
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
          <colgroup>
            {COLUMN_WIDTHS_REM.map((width, index) => (
              <col key={index} style={{ width: `${String(width)}rem` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('planDocument.col.row')}</th>
              <th scope="col">{t('planDocument.col.dimension')}</th>
              <th scope="col">{t('planDocument.col.subdimension')}</th>
              <th scope="col">{t('planDocument.col.task')}</th>
              <th scope="col">{t('planDocument.col.executing')}</th>
              <th scope="col">{t('planDocument.col.supervising')}</th>
              <th scope="col">{t('planDocument.col.timeframe')}</th>
              <th scope="col">{t('planDocument.col.deadline')}</th>
              <th scope="col">{t('planDocument.col.check')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task, index) => {
              const row = index + 1;
              const label = (column: string): string =>
                `${column}, ${t('planDocument.col.row')} ${String(row)}`;
              const flagged = task.flags.length > 0;
              return (
                <tr
                  key={`${String(task.row)}-${String(index)}`}
                  className={flagged ? 'is-flagged' : undefined}
                  data-flagged={flagged}
                >
                  <th scope="row" title={t(where, { row: task.row })}>
                    {flagged ? <span aria-hidden="true">⚠ </span> : null}
                    {formatNumber(row, 0)}
                  </th>
                  <td>
                    <select
                      className="select"
                      aria-label={label(t('planDocument.col.dimension'))}
                      value={task.dimension}
                      onChange={(event) => onEdit(index, 'dimension', event.target.value)}
                    >
                      <option value="">—</option>
                      {dimensions.map((dimension) => (
                        <option key={dimension.code} value={dimension.code} title={dimension.nameVi}>
                          {dimension.code}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={label(t('planDocument.col.subdimension'))}
                      value={task.subdimension}
                      onChange={(event) => onEdit(index, 'subdimension', event.target.value)}
                    >
                      <option value="">—</option>
                      {subdimensions
                        .filter(
                          (sub) =>
                            sub.code.startsWith(`${task.dimension}.`) || sub.code === task.subdimension,
                        )
                        .map((sub) => (
                          <option key={sub.code} value={sub.code}>
                            {sub.code} {sub.nameVi}
                          </option>
                        ))}
                    </select>
                    {task.subdimensionLabel === '' ? null : (
                      <p className="plan-label muted">{task.subdimensionLabel}</p>
                    )}
                  </td>
                  <td>
                    <textarea
                      className="plan-input plan-task-text"
                      aria-label={label(t('planDocument.col.task'))}
                      rows={Math.min(6, Math.max(2, task.task.split('\n').length + 1))}
                      value={task.task}
                      onChange={(event) => onEdit(index, 'task', event.target.value)}
                    />
                  </td>
                  <td>
                    <textarea
                      // Remounted when the agencies change from outside the cell (the confirmation button).
                      key={task.executingAgencies.join(AGENCY_SEPARATOR)}
                      className="plan-input"
                      aria-label={label(t('planDocument.col.executing'))}
                      rows={2}
                      defaultValue={task.executingAgencies.join(AGENCY_SEPARATOR)}
                      onBlur={(event) => onEdit(index, 'executing', event.target.value)}
                    />
                  </td>
                  <td>
                    <textarea
                      className="plan-input"
                      aria-label={label(t('planDocument.col.supervising'))}
                      rows={2}
                      defaultValue={task.supervisingAgencies.join(AGENCY_SEPARATOR)}
                      onBlur={(event) => onEdit(index, 'supervising', event.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      className="plan-input"
                      aria-label={label(t('planDocument.col.timeframe'))}
                      value={task.timeframe}
                      onChange={(event) => onEdit(index, 'timeframe', event.target.value)}
                    />
                  </td>
                  <td className="plan-deadline">{task.deadline ?? '—'}</td>
                  <td className="plan-flags">
                    {flagged ? (
                      <ul>
                        {task.flags.map((flag) => (
                          <li key={`${flag.key}-${flag.column}`}>
                            {flagText(flag, t)}
                            {flag.key === 'executingUnconfirmed' ? (
                              <button
                                type="button"
                                className="button plan-confirm"
                                aria-label={label(t('planDocument.confirmUndetermined'))}
                                onClick={() => onEdit(index, 'executing', UNDETERMINED_AGENCY)}
                              >
                                {t('planDocument.confirmUndetermined')}
                              </button>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

// The plan as read, for the user to check and correct before importing it: identity, skipped headings,
// the task table, what blocks the import, and the import and cancel buttons.
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { IndicatorName } from '../../../ingest/plan-document/match-indicator.ts';
import type { PlanIdentity } from '../../../ingest/plan-document/plan-identity.ts';
import type { ReviewProblem } from '../../../ingest/plan-document/plan-review.ts';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft.ts';
import type { SkippedSection } from '../../../ingest/plan-document/body-form/read-body-form.ts';
import type { PlanTarget } from '../../../ingest/plan-document/plan-targets.ts';
import type { SkippedRow } from '../../../ingest/plan-document/read-plan-rows.ts';
import { reviewProblemText } from './flag-text.ts';
import { targetText } from './target-text.ts';
import { IdentityForm, type ProvinceChoice } from './identity-form.tsx';
import type { EditableField } from './review-edits.ts';
import { ReviewTable } from './review-table.tsx';

/** A plan being reviewed: where it came from, its identity and tasks as the user has corrected them. */
export interface PlanReview {
  readonly source: string;
  readonly numbering: 'line' | 'row';
  readonly identity: PlanIdentity;
  readonly tasks: readonly PlanTaskDraft[];
  readonly skipped: readonly SkippedRow[];
  readonly form: 'appendix' | 'body';
  /** Sections about other indices, left out (a multi-index plan). */
  readonly skippedSections: readonly SkippedSection[];
  /** The goals read from the plan's text, shown for the user to check. */
  readonly targets: readonly PlanTarget[];
  /** Per goal, whether the user keeps it (imported with the plan); all kept at first. */
  readonly targetsKept: readonly boolean[];
}

interface PlanReviewSectionProps {
  review: PlanReview;
  indicators: readonly IndicatorName[];
  /** The provinces the identity may name (those scored in the target year). */
  provinces: readonly ProvinceChoice[];
  /** Shown once the user has tried to import. */
  problems: readonly ReviewProblem[];
  importing: boolean;
  onIdentity: (identity: PlanIdentity) => void;
  onEdit: (index: number, field: EditableField, value: string) => void;
  onKeepTarget: (index: number, kept: boolean) => void;
  onImport: () => void;
  onCancel: () => void;
}

export function PlanReviewSection(props: PlanReviewSectionProps): ReactNode {
  const { review, problems } = props;
  const { t, formatNumber } = useI18n();
  return (
    <div className="plan-review" data-testid="plan-review">
      <h3 className="plan-review-title">{t('planDocument.review')}</h3>
      <p role="status">
        {t('planDocument.read', {
          count: review.tasks.length,
          source: review.source,
          flagged: review.tasks.filter((task) => task.flags.length > 0).length,
        })}
      </p>
      <IdentityForm identity={review.identity} provinces={props.provinces} onChange={props.onIdentity} />
      {review.skipped.length === 0 ? null : (
        <ul className="plan-skipped">
          {review.skipped.map((row) => (
            <li key={row.row}>{t('planDocument.skipped', { row: row.row, text: row.text })}</li>
          ))}
        </ul>
      )}
      {review.targets.length === 0 ? null : (
        <div className="plan-targets" data-testid="plan-targets">
          <p>{t('planDocument.targets')}</p>
          <ul>
            {review.targets.map((target, index) => {
              const reading = targetText(target, t, formatNumber);
              return (
                <li key={index} data-testid="plan-target">
                  <label>
                    <input
                      type="checkbox"
                      checked={review.targetsKept[index] ?? true}
                      onChange={(event) => props.onKeepTarget(index, event.target.checked)}
                      aria-label={t('planDocument.targetKeep', { goal: reading })}
                    />{' '}
                    {reading}
                  </label>{' '}
                  <q className="plan-target-text">{target.text}</q>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {review.skippedSections.length === 0 ? null : (
        <ul className="plan-skipped" data-testid="plan-skipped-sections">
          {review.skippedSections.map((section) => (
            <li key={section.line}>
              {t('planDocument.skippedSection', {
                name: section.name,
                count: section.count,
                row: section.line,
              })}
            </li>
          ))}
        </ul>
      )}
      <ReviewTable
        form={review.form}
        tasks={review.tasks}
        indicators={props.indicators}
        numbering={review.numbering}
        onEdit={props.onEdit}
      />
      {problems.length > 0 ? (
        <div role="alert" className="import-outcome is-alert" data-testid="plan-problems">
          <p>{t('planDocument.blocked', { count: problems.length })}</p>
          <ul className="import-problems">
            {problems.slice(0, 10).map((problem) => (
              <li key={`${String(problem.row)}-${problem.field}`}>{reviewProblemText(problem, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="plan-actions">
        <button
          type="button"
          className="button plan-import"
          onClick={props.onImport}
          disabled={props.importing}
        >
          {t('planDocument.import')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('planDocument.cancel')}
        </button>
      </div>
    </div>
  );
}

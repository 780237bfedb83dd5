// The Data view's plan reader: a plan comes in as a file or a paste, is reviewed and corrected, then goes
// through the same import as any file.
import type { ReactNode } from 'react';
import { useImperativeHandle, type Ref } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ProgressWithCancel } from '../progress-with-cancel.tsx';
import { PlanNotice } from './plan-notice.tsx';
import { PlanReviewSection } from './plan-review-section.tsx';
import { PlanSourceInputs } from './plan-source-inputs.tsx';
import { usePlanDocument } from './use-plan-document.ts';
import './plan-review.css';

/** What the Data view can ask of the panel: read a .docx dropped on the import panel. */
export interface PlanDocumentHandle {
  readonly readFile: (file: File) => void;
}

/** Reads a plan from a Word document or a pasted table, lets the user review it, and imports it like any file. */
export function PlanDocumentPanel({ ref }: { ref?: Ref<PlanDocumentHandle> }): ReactNode {
  const { t } = useI18n();
  const plan = usePlanDocument();
  useImperativeHandle(ref, () => ({ readFile: (file: File) => void plan.readFile(file) }));
  return (
    <section
      className="panel data-section plan-document"
      aria-labelledby="plan-document-title"
      data-testid="plan-document"
    >
      <h2 id="plan-document-title" className="data-section-title">
        {t('planDocument.title')}
      </h2>
      <p className="data-intro">{t('planDocument.intro')}</p>
      <PlanSourceInputs
        ready={plan.ready}
        reading={plan.reading}
        onFile={(file) => void plan.readFile(file)}
        onPaste={plan.readPaste}
      />
      {plan.readingFile === null ? null : (
        <ProgressWithCancel
          testIdPrefix="plan"
          label={t('planDocument.reading', { file: plan.readingFile })}
          // Reading a document has no finer measure than "busy".
          value={null}
          stage={t('planDocument.reading', { file: plan.readingFile })}
          onCancel={plan.cancelRead}
        />
      )}
      {plan.queuedFile === null ? null : (
        <p role="status" data-testid="plan-queued">
          {t('data.planDocument.queued', { file: plan.queuedFile })}
        </p>
      )}
      {plan.notice === null ? null : <PlanNotice notice={plan.notice} />}
      {plan.review === null ? null : (
        <PlanReviewSection
          review={plan.review}
          indicators={plan.reference.indicators}
          provinces={plan.provinceChoices}
          problems={plan.shownProblems}
          importing={plan.importing}
          onIdentity={plan.setIdentity}
          onEdit={plan.edit}
          onKeepTarget={plan.keepTarget}
          onImport={plan.importPlan}
          onCancel={plan.cancel}
        />
      )}
    </section>
  );
}

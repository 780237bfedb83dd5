import type { ReactNode } from 'react';
import {
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type Ref,
} from 'react';
import { isScoredMapYear } from '../../../domain/province-lineage';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { PlanIdentity } from '../../../ingest/plan-document/plan-identity';
import {
  checkPlanReview,
  planImportCsv,
  planImportFileName,
} from '../../../ingest/plan-document/plan-review';
import type { PlanTaskDraft } from '../../../ingest/plan-document/plan-task-draft';
import type { PlanReference } from '../../../ingest/plan-document/read-plan-document';
import type { SkippedRow } from '../../../ingest/plan-document/read-plan-rows';
import type { ImportAndKeepResult } from '../../../session/import-and-keep';
import { useIndicators } from '../../../queries/indicators.ts';
import { useProvinces } from '../../../queries/provinces.ts';
import { useImportFiles } from '../../../queries/use-import-files.ts';
import { ImportOutcomeMessage } from '../import-outcome-message.tsx';
import { summariseImport } from '../import-summary.ts';
import { reviewProblemText } from './flag-text.ts';
import { IdentityForm } from './identity-form.tsx';
import { readPlanFile, readPlanPaste, type PlanInputReading } from './read-plan-input.ts';
import { editTask, type EditableField } from './review-edits.ts';
import { ReviewTable } from './review-table.tsx';
import './plan-review.css';

/** A plan being reviewed: where it came from, its identity and tasks as the user has corrected them. */
interface Review {
  readonly source: string;
  readonly numbering: 'line' | 'row';
  readonly identity: PlanIdentity;
  readonly tasks: readonly PlanTaskDraft[];
  readonly skipped: readonly SkippedRow[];
}

type Notice =
  | {
      readonly kind: 'refused';
      readonly input: Exclude<PlanInputReading, { kind: 'read'; reading: { ok: true } }>;
    }
  | { readonly kind: 'imported'; readonly plan: string; readonly count: number }
  | { readonly kind: 'outcome'; readonly result: ImportAndKeepResult };

/** What the Data view can ask of the panel: read a .docx dropped on the import panel. */
export interface PlanDocumentHandle {
  readonly readFile: (file: File) => void;
}

/** Reads a plan from a Word document or a pasted table, lets the user review it, and imports it like any file. */
export function PlanDocumentPanel({ ref }: { ref?: Ref<PlanDocumentHandle> }): ReactNode {
  const { t, lang } = useI18n();
  const inputId = useId();
  const pasteId = useId();
  const indicators = useIndicators();
  const provinces = useProvinces();
  const importFiles = useImportFiles();
  const [review, setReview] = useState<Review | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [showProblems, setShowProblems] = useState(false);

  const reference: PlanReference = useMemo(
    () => ({
      indicators: (indicators.data ?? []).map(({ code, level, nameVi }) => ({ code, level, nameVi })),
      provinces: (provinces.data ?? []).map((p) => ({ code: p.code, name_vi: p.nameVi, name_en: p.nameEn })),
    }),
    [indicators.data, provinces.data],
  );
  const ready = indicators.data !== undefined && provinces.data !== undefined;

  const show = (input: PlanInputReading): void => {
    setShowProblems(false);
    if (input.kind === 'read' && input.reading.ok) {
      const { identity, tasks, skipped, numbering } = input.reading;
      setReview({ source: input.source, identity: matchProvinceToYear(identity), tasks, skipped, numbering });
      setNotice(null);
    } else {
      setReview(null);
      setNotice({ kind: 'refused', input: input as Extract<Notice, { kind: 'refused' }>['input'] });
    }
  };

  // The province read from the header, among the units scored in the plan's target year (the map changed in 2025).
  const matchProvinceToYear = (identity: PlanIdentity): PlanIdentity => {
    if (identity.targetYear === null || provinces.data === undefined) return identity;
    const year = identity.targetYear;
    const current = provinces.data.find((p) => p.code === identity.provinceCode);
    if (current === undefined || isScoredMapYear(current, year)) return identity;
    const successor = provinces.data.find((p) => p.code === current.successorCode);
    return successor !== undefined && isScoredMapYear(successor, year)
      ? { ...identity, provinceCode: successor.code }
      : identity;
  };

  const readFile = async (file: File): Promise<void> => {
    if (!ready || reading) return;
    setReading(true);
    try {
      show(await readPlanFile(file.name, new Uint8Array(await file.arrayBuffer()), reference));
    } catch (error) {
      show({
        kind: 'unreadable',
        source: file.name,
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setReading(false);
    }
  };

  useImperativeHandle(ref, () => ({ readFile: (file: File) => void readFile(file) }));

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    event.preventDefault();
    if (!ready) return;
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    show(readPlanPaste(html, text, t('planDocument.pasted'), reference));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    const [file] = Array.from(event.dataTransfer.files);
    if (file !== undefined) void readFile(file);
  };

  const problems =
    review === null ? [] : checkPlanReview(review.identity, review.tasks, reference.indicators);

  const importPlan = (): void => {
    if (review === null) return;
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    const bytes = new TextEncoder().encode(planImportCsv(review.identity, review.tasks));
    const plan = review.identity.plan;
    const count = review.tasks.length;
    importFiles.mutate([{ name: planImportFileName(plan), bytes, mode: 'replace-overlapping' }], {
      onSuccess: (result) => {
        if (result.outcome.ok && (result.kept === null || result.kept.ok)) {
          setReview(null);
          setNotice({ kind: 'imported', plan, count });
        } else setNotice({ kind: 'outcome', result });
      },
      onError: (error) =>
        setNotice({ kind: 'refused', input: { kind: 'unreadable', source: plan, error: error.message } }),
    });
  };

  const edit = (index: number, field: EditableField, value: string): void =>
    setReview((current) =>
      current === null
        ? current
        : {
            ...current,
            tasks: current.tasks.map((task, at) =>
              at === index ? editTask(task, field, value, reference.indicators) : task,
            ),
          },
    );

  const provinceChoices = (provinces.data ?? [])
    .filter((p) => review?.identity.targetYear == null || isScoredMapYear(p, review.identity.targetYear))
    .map((p) => ({ code: p.code, name: lang === 'vi' ? p.nameVi : p.nameEn }));

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
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        data-testid="plan-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept=".docx,.txt,.htm,.html"
          disabled={!ready || reading}
          data-testid="plan-file-input"
          onChange={(event) => {
            const [file] = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            if (file !== undefined) void readFile(file);
          }}
        />
        <label className="button file-button" htmlFor={inputId}>
          {t('planDocument.input')}
        </label>
        <span className="muted">{t('planDocument.drop')}</span>
      </div>
      <label className="plan-paste" htmlFor={pasteId}>
        <span className="field-label">{t('planDocument.paste')}</span>
        <textarea
          id={pasteId}
          className="plan-input"
          rows={2}
          value=""
          placeholder={t('planDocument.pasteHint')}
          onPaste={onPaste}
          onChange={() => undefined}
          disabled={!ready}
          data-testid="plan-paste"
        />
      </label>
      {reading ? <p role="status">{t('planDocument.reading')}</p> : null}
      {notice === null ? null : <PlanNotice notice={notice} />}
      {review === null ? null : (
        <div className="plan-review" data-testid="plan-review">
          <h3 className="plan-review-title">{t('planDocument.review')}</h3>
          <p role="status">
            {t('planDocument.read', {
              count: review.tasks.length,
              source: review.source,
              flagged: review.tasks.filter((task) => task.flags.length > 0).length,
            })}
          </p>
          <IdentityForm
            identity={review.identity}
            provinces={provinceChoices}
            onChange={(identity) => setReview({ ...review, identity })}
          />
          {review.skipped.length === 0 ? null : (
            <ul className="plan-skipped">
              {review.skipped.map((row) => (
                <li key={row.row}>{t('planDocument.skipped', { row: row.row, text: row.text })}</li>
              ))}
            </ul>
          )}
          <ReviewTable
            tasks={review.tasks}
            indicators={reference.indicators}
            numbering={review.numbering}
            onEdit={edit}
          />
          {showProblems && problems.length > 0 ? (
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
              onClick={importPlan}
              disabled={importFiles.isPending}
            >
              {t('planDocument.import')}
            </button>
            <button type="button" className="button" onClick={() => setReview(null)}>
              {t('planDocument.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** The outcome of reading or importing, in words. */
function PlanNotice({ notice }: { notice: Notice }): ReactNode {
  const { t } = useI18n();
  if (notice.kind === 'outcome') return <ImportOutcomeMessage summary={summariseImport(notice.result, t)} />;
  if (notice.kind === 'imported')
    return (
      <p role="status" className="import-outcome" data-testid="plan-outcome">
        {t('planDocument.imported', { plan: notice.plan, count: notice.count })}
      </p>
    );
  const { input } = notice;
  const text =
    input.kind === 'unreadable'
      ? t('planDocument.unreadable', { source: input.source, error: input.error })
      : input.reading.ok
        ? ''
        : t(input.reading.reason === 'noAppendix' ? 'planDocument.noAppendix' : 'planDocument.noTasks', {
            source: input.source,
            lookedFor: input.reading.lookedFor,
          });
  return (
    <p role="alert" className="import-outcome is-alert" data-testid="plan-outcome">
      {text}
    </p>
  );
}

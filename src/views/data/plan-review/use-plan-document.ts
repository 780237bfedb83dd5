// The plan reader's state: read a file or a paste, review and correct it, import it (or say why not).
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { isScoredMapYear } from '../../../domain/province-lineage.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import {
  checkPlanReview,
  planImportCsv,
  planImportFileName,
} from '../../../ingest/plan-document/plan-review.ts';
import { provinceForTargetYear } from '../../../ingest/plan-document/province-for-target-year.ts';
import type { PlanReference } from '../../../ingest/plan-document/read-plan-document.ts';
import { useIndicators } from '../../../queries/indicators.ts';
import { useProvinces } from '../../../queries/provinces.ts';
import { useImportFiles } from '../../../queries/use-import-files.ts';
import type { PlanNoticeState } from './plan-notice.tsx';
import type { PlanReview } from './plan-review-section.tsx';
import { readCancellablePlanFile, readPlanPaste, type PlanInputReading } from './read-plan-input.ts';
import { editTask, type EditableField } from './review-edits.ts';

/** The panel's state and what it can do. */
export function usePlanDocument() {
  const { t, lang } = useI18n();
  const indicators = useIndicators();
  const provinces = useProvinces();
  const importFiles = useImportFiles();
  const [review, setReview] = useState<PlanReview | null>(null);
  const [notice, setNotice] = useState<PlanNoticeState | null>(null);
  /** The name of the file being read, or null. */
  const [readingFile, setReadingFile] = useState<string | null>(null);
  const reading = readingFile !== null;
  /** The running read's cancel signal: a read whose controller is no longer this one shows nothing. */
  const currentRead = useRef<{ readonly file: string; readonly controller: AbortController } | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  /** A file chosen before the reference data arrived, or while another was read: read next, never dropped. */
  const [queued, setQueued] = useState<File | null>(null);

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
      const { identity, tasks, skipped, numbering, form, skippedSections, targets } = input.reading;
      // The province read from the header, among the units scored in the plan's target year.
      const matched = provinceForTargetYear(identity, provinces.data ?? []);
      setReview({
        source: input.source,
        identity: matched,
        tasks,
        skipped,
        numbering,
        form,
        skippedSections,
        targets,
        targetsKept: targets.map(() => true),
      });
      setNotice(null);
    } else {
      setReview(null);
      setNotice({ kind: 'refused', input: input as Extract<PlanNoticeState, { kind: 'refused' }>['input'] });
    }
  };

  const readFile = async (file: File): Promise<void> => {
    if (!ready || reading) {
      setQueued(file);
      return;
    }
    const read = { file: file.name, controller: new AbortController() };
    currentRead.current = read;
    setReadingFile(file.name);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const input = await readCancellablePlanFile(file.name, bytes, reference, read.controller.signal);
      // Cancelled: the notice says so, and nothing of this read is shown.
      if (input !== null) show(input);
    } catch (error) {
      if (!read.controller.signal.aborted)
        show({
          kind: 'unreadable',
          source: file.name,
          error: error instanceof Error ? error.message : String(error),
        });
    } finally {
      if (currentRead.current === read) {
        currentRead.current = null;
        setReadingFile(null);
      }
    }
  };

  /** Stops the running read (a .docx's worker ends): the review and the loaded data stay as they were. */
  const cancelRead = (): void => {
    const read = currentRead.current;
    if (read === null) return;
    currentRead.current = null;
    read.controller.abort();
    setReadingFile(null);
    setNotice({ kind: 'cancelled', source: read.file });
  };

  const readQueued = useEffectEvent((file: File) => {
    setQueued(null);
    void readFile(file);
  });
  useEffect(() => {
    if (queued === null || !ready || reading) return;
    // Started from a timer: the read's state changes then come from a callback, not the effect's body.
    const timer = setTimeout(() => readQueued(queued), 0);
    return () => clearTimeout(timer);
  }, [queued, ready, reading]);

  const problems =
    review === null ? [] : checkPlanReview(review.identity, review.tasks, reference.indicators);

  const importPlan = (): void => {
    if (review === null) return;
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    // The goals kept in the review replace the plan's earlier ones (none kept: none).
    const goals = review.targets.filter((_, index) => review.targetsKept[index] ?? true);
    const bytes = new TextEncoder().encode(planImportCsv(review.identity, review.tasks, goals));
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

  return {
    ready,
    reading,
    /** The name of the file being read, or null. */
    readingFile,
    /** The name of the file waiting to be read, or null. */
    queuedFile: queued?.name ?? null,
    notice,
    review,
    reference,
    provinceChoices,
    /** What blocks the import, once the user has tried it. */
    shownProblems: showProblems ? problems : [],
    importing: importFiles.isPending,
    readFile,
    cancelRead,
    readPaste: (html: string, text: string) =>
      show(readPlanPaste(html, text, t('planDocument.pasted'), reference)),
    setIdentity: (identity: PlanReview['identity']) =>
      setReview((current) => (current === null ? current : { ...current, identity })),
    edit,
    keepTarget: (index: number, kept: boolean) =>
      setReview((current) =>
        current === null
          ? current
          : { ...current, targetsKept: current.targetsKept.map((was, at) => (at === index ? kept : was)) },
      ),
    importPlan,
    cancel: () => setReview(null),
  };
}

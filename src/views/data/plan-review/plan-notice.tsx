// The outcome of reading or importing a plan, in words: refused (with why), imported, or the importer's outcome.
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ImportAndKeepResult } from '../../../session/import-and-keep.ts';
import { ImportOutcomeMessage } from '../import-outcome-message.tsx';
import { summariseImport } from '../import-summary.ts';
import type { PlanInputReading } from './read-plan-input.ts';

/** What the panel last has to say. */
export type PlanNoticeState =
  | {
      readonly kind: 'refused';
      readonly input: Exclude<PlanInputReading, { kind: 'read'; reading: { ok: true } }>;
    }
  | { readonly kind: 'imported'; readonly plan: string; readonly count: number }
  /** The user cancelled the reading of `source`: nothing of it is shown or imported. */
  | { readonly kind: 'cancelled'; readonly source: string }
  | { readonly kind: 'outcome'; readonly result: ImportAndKeepResult };

const PDF_REFUSALS = {
  noText: 'planDocument.pdfNoText',
  encrypted: 'planDocument.pdfEncrypted',
  unreadable: 'planDocument.pdfUnreadable',
} as const;

const READERS_NOT_DOWNLOADED = {
  pdf: 'planDocument.pdfReaderNotDownloaded',
  word: 'planDocument.wordReaderNotDownloaded',
} as const;

/** The notice as a status line or an alert. */
export function PlanNotice({ notice }: { notice: PlanNoticeState }): ReactNode {
  const { t } = useI18n();
  if (notice.kind === 'outcome') return <ImportOutcomeMessage summary={summariseImport(notice.result, t)} />;
  if (notice.kind === 'cancelled')
    return (
      <p role="status" className="import-outcome" data-testid="plan-cancelled">
        {t('planDocument.cancelled', { source: notice.source })}
      </p>
    );
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
      : input.kind === 'readerNotDownloaded'
        ? t(READERS_NOT_DOWNLOADED[input.reader], { source: input.source })
        : input.kind === 'pdfRefused'
          ? t(PDF_REFUSALS[input.reason], { source: input.source, pages: input.pages })
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

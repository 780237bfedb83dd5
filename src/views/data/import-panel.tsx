// The Data view's import section: the overlap mode, the drop zone, progress, the sheet picker and the outcome.
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DEFAULT_IMPORT_MODE, type ImportMode } from '../../ingest/apply/import-outcome.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../ingest/apply/max-import-file-bytes.ts';
import { ImportDropZone } from './import-drop-zone.tsx';
import { ImportOutcomeMessage } from './import-outcome-message.tsx';
import { summariseImport, summariseRefusal } from './import-summary.ts';
import { SheetPicker } from './sheet-picker.tsx';
import { useFileImport, type LastImport } from './use-file-import.ts';
import { importProgressValue } from './import-progress-value.ts';
import { ProgressWithCancel } from './progress-with-cancel.tsx';
import { useSlow } from './use-slow.ts';

/** An import that takes longer than this shows a progress indicator. */
const PROGRESS_DELAY_MS = 500;

/** The import: a file input (several files), a drop zone around it, the overlap mode, the outcome. */
export function ImportPanel({
  onPlanDocument,
}: {
  /** Called with a dropped or chosen .docx, which the plan panel reads and reviews. */
  readonly onPlanDocument: (file: File) => void;
}): ReactNode {
  const { t, formatNumber } = useI18n();
  const modeId = useId();
  const [mode, setMode] = useState<ImportMode>(DEFAULT_IMPORT_MODE);
  const fileImport = useFileImport(mode, onPlanDocument);
  const slow = useSlow(fileImport.busy, PROGRESS_DELAY_MS);
  const { last, choosing, pendingCount, status } = fileImport;

  return (
    <section className="panel data-section" aria-labelledby="data-import-title">
      <h2 id="data-import-title" className="data-section-title">
        {t('data.import.title')}
      </h2>
      <p className="data-intro">
        {t('data.import.intro')}{' '}
        {t('import.sizeLimit', { size: `${formatNumber(MAX_IMPORT_FILE_BYTES / 1_048_576, 0)} MB` })}
      </p>
      <div className="field import-mode">
        <label className="field-label" htmlFor={modeId}>
          {t('data.import.mode')}
        </label>
        <select
          id={modeId}
          className="select"
          value={mode}
          onChange={(event) => setMode(event.target.value as ImportMode)}
        >
          <option value="replace-overlapping">{t('import.mode.replaceOverlapping')}</option>
          <option value="add-only">{t('import.mode.addOnly')}</option>
        </select>
      </div>
      <ImportDropZone busy={fileImport.busy} onFiles={(files) => void fileImport.run(files)} />
      {slow && status !== null ? (
        <ProgressWithCancel
          testIdPrefix="import"
          label={t('data.import.working', { count: pendingCount })}
          value={importProgressValue(status.stage, status.readFraction)}
          stage={`${t(`data.import.stage.${status.stage}`)}…`}
          // Applying is one atomic step in the engine: it finishes or changes nothing, so it is not cut.
          cancelDisabled={status.stage === 'applying'}
          onCancel={fileImport.cancel}
        />
      ) : null}
      {choosing === null ? null : (
        <SheetPicker
          choices={choosing.choices}
          mode={mode}
          onCancel={fileImport.cancelChoosing}
          onImport={fileImport.importChosenSheets}
        />
      )}
      {last === null ? null : <LastImportMessage last={last} />}
    </section>
  );
}

/** The last import's outcome in the current language. */
function LastImportMessage({ last }: { last: LastImport }): ReactNode {
  const { t, lang } = useI18n();
  if (last.kind === 'cancelled') {
    return (
      <p role="status" className="import-outcome" data-testid="import-cancelled">
        {t('data.import.cancelled')}
      </p>
    );
  }
  return (
    <ImportOutcomeMessage
      summary={
        last.kind === 'ran'
          ? summariseImport(last.result, t, lang)
          : last.kind === 'refused'
            ? summariseRefusal(last.problems, t)
            : summariseRefusal([], t, { error: last.error, files: last.files })
      }
    />
  );
}

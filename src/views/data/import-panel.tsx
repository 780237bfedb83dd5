import type { ReactNode } from 'react';
import { useEffect, useId, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DEFAULT_IMPORT_MODE, type ImportMode } from '../../ingest/apply/import-outcome';
import { MAX_IMPORT_FILE_BYTES } from '../../ingest/apply/max-import-file-bytes';
import { fileProblem } from '../../ingest/read/import-problem';
import type { FileToImport } from '../../session/import-and-keep';
import { useIndicators } from '../../queries/indicators.ts';
import { useImportFiles } from '../../queries/use-import-files.ts';
import { SheetPicker, type AmbiguousWorkbook } from './sheet-picker.tsx';
import { workbookDataSheets } from './workbook-data-sheets.ts';
import { ImportOutcomeMessage } from './import-outcome-message.tsx';
import type { ImportAndKeepResult } from '../../session/import-and-keep';
import type { ImportProblem } from '../../ingest/read/import-problem';
import { summariseImport, summariseRefusal } from './import-summary.ts';

/** The last import as data, put into words at render time (so a language switch re-words it). */
type LastImport =
  | { readonly kind: 'ran'; readonly result: ImportAndKeepResult }
  | { readonly kind: 'refused'; readonly problems: readonly ImportProblem[] }
  | { readonly kind: 'failed'; readonly error: string };

/** The file types offices send: Excel workbooks, CSV saved from Excel, Excel's "Unicode text", and plan documents (.docx). */
const ACCEPTED_TYPES = '.csv,.txt,.xlsx,.xls,.docx';

/** A Word document is a plan to review, not a table to import (by its name; the reader checks the bytes again). */
const isWordDocument = (file: File): boolean => /\.docx$/i.test(file.name);

/** An import that takes longer than this shows a progress indicator. */
const PROGRESS_DELAY_MS = 500;

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** True while `pending` has lasted longer than `delayMs`. */
function useSlow(pending: boolean, delayMs: number): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = window.setTimeout(() => setSlow(true), delayMs);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [pending, delayMs]);
  return pending && slow;
}

/** The import: a file input (several files), a drop zone around it, the overlap mode, the outcome. */
export function ImportPanel({
  onPlanDocument,
}: {
  /** Called with a dropped or chosen .docx, which the plan panel reads and reviews. */
  readonly onPlanDocument: (file: File) => void;
}): ReactNode {
  const { t, formatNumber } = useI18n();
  const inputId = useId();
  const modeId = useId();
  const [mode, setMode] = useState<ImportMode>(DEFAULT_IMPORT_MODE);
  const [last, setLast] = useState<LastImport | null>(null);
  const [pendingCount, setPendingCount] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const [choosing, setChoosing] = useState<{
    files: readonly FileToImport[];
    workbooks: readonly AmbiguousWorkbook[];
  } | null>(null);
  const importFiles = useImportFiles();
  const indicators = useIndicators();
  const busy = reading || importFiles.isPending;
  const slow = useSlow(busy, PROGRESS_DELAY_MS);

  const submit = (toImport: readonly FileToImport[]): void => {
    importFiles.mutate(toImport, {
      onSuccess: (result) => setLast({ kind: 'ran', result }),
      // importFiles never rejects on bad files; this is the engine gone.
      onError: (error) => setLast({ kind: 'failed', error: error.message }),
    });
  };

  const run = async (all: readonly File[]): Promise<void> => {
    const words = all.filter(isWordDocument);
    words.slice(0, 1).forEach(onPlanDocument);
    const files = all.filter((file) => !isWordDocument(file));
    if (files.length === 0 || busy) return;
    setLast(null);
    setChoosing(null);
    // Refused before reading a byte: a huge file must not be loaded into memory just to say no.
    const tooLarge = files.filter((file) => file.size > MAX_IMPORT_FILE_BYTES);
    if (tooLarge.length > 0) {
      const problems = tooLarge.map((file) =>
        fileProblem({ file: file.name, sheet: null }, 'fileTooLarge', {
          found: megabytes(file.size),
          expected: megabytes(MAX_IMPORT_FILE_BYTES),
        }),
      );
      setLast({ kind: 'refused', problems });
      return;
    }
    setPendingCount(files.length);
    setReading(true);
    try {
      const toImport = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          mode,
        })),
      );
      const codes = (indicators.data ?? []).map((indicator) => indicator.code);
      const sheetLists = await Promise.all(toImport.map((file) => workbookDataSheets(file.bytes, codes)));
      const workbooks = sheetLists.flatMap((sheets, index) =>
        sheets.length > 1 ? [{ index, name: toImport[index]?.name ?? '', sheets }] : [],
      );
      if (workbooks.length > 0) setChoosing({ files: toImport, workbooks });
      else submit(toImport);
    } catch (error) {
      // A file the browser could not read (removed, permission): said, not thrown.
      setLast({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      setReading(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void run(Array.from(event.dataTransfer.files));
  };

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
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        data-testid="drop-zone"
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
          multiple
          accept={ACCEPTED_TYPES}
          disabled={busy}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Cleared so choosing the same file again (after fixing it) fires a change.
            event.currentTarget.value = '';
            void run(files);
          }}
        />
        <label className="button file-button" htmlFor={inputId}>
          {t('data.import.input')}
        </label>
        <span className="muted">{t('data.import.drop')}</span>
      </div>
      {slow ? (
        <div className="import-progress" data-testid="import-progress">
          <progress aria-label={t('data.import.working', { count: pendingCount })} />
          <span>{t('data.import.working', { count: pendingCount })}</span>
        </div>
      ) : null}
      {choosing === null ? null : (
        <SheetPicker
          workbooks={choosing.workbooks}
          onCancel={() => setChoosing(null)}
          onImport={(sheets) => {
            const files = choosing.files.map((file, index) => ({
              ...file,
              sheet: sheets.get(index) ?? null,
            }));
            setChoosing(null);
            submit(files);
          }}
        />
      )}
      {last === null ? null : (
        <ImportOutcomeMessage
          summary={
            last.kind === 'ran'
              ? summariseImport(last.result, t)
              : last.kind === 'refused'
                ? summariseRefusal(last.problems, t)
                : summariseRefusal([], t, last.error)
          }
        />
      )}
    </section>
  );
}

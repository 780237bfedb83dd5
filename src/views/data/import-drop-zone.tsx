// The import's file input (several files) inside a drop zone.
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The file types offices send: Excel workbooks, CSV saved from Excel, Excel's "Unicode text", and plan documents (.docx). */
const ACCEPTED_TYPES = '.csv,.txt,.xlsx,.xls,.docx';

/** Files chosen or dropped go to `onFiles`; the input is disabled while `busy`. */
export function ImportDropZone({
  busy,
  onFiles,
}: {
  busy: boolean;
  onFiles: (files: File[]) => void;
}): ReactNode {
  const { t } = useI18n();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles(Array.from(event.dataTransfer.files));
      }}
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
          onFiles(files);
        }}
      />
      <label className="button file-button" htmlFor={inputId}>
        {t('data.import.input')}
      </label>
      <span className="muted">{t('data.import.drop')}</span>
    </div>
  );
}

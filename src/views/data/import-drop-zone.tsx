// The import's file input (several files) inside a drop zone.
import type { ReactNode } from 'react';
import { useFileDrop } from '../../components/use-file-drop.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import '../../components/muted-text.css';

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
  const { zone, input } = useFileDrop(onFiles);
  return (
    <div {...zone} data-testid="drop-zone">
      <input {...input} multiple accept={ACCEPTED_TYPES} disabled={busy} />
      <label className="button file-button" htmlFor={input.id}>
        {t('data.import.input')}
      </label>
      <span className="muted">{t('data.import.drop')}</span>
    </div>
  );
}

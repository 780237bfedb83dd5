// Where a plan comes in: a Word/PDF/HTML/text file chosen or dropped, or a table pasted from Word or a web page.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useFileDrop } from '../../../components/use-file-drop.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import '../../../components/muted-text.css';

interface PlanSourceInputsProps {
  /** False until the indicators and provinces the reader matches against are loaded (a file chosen before waits). */
  ready: boolean;
  reading: boolean;
  onFile: (file: File) => void;
  /** The clipboard's HTML (may be empty) and plain text. */
  onPaste: (html: string, text: string) => void;
}

/** The drop zone with its file button, and the paste box. */
export function PlanSourceInputs({ ready, reading, onFile, onPaste }: PlanSourceInputsProps): ReactNode {
  const { t } = useI18n();
  const pasteId = useId();
  // One file: the first one chosen or dropped.
  const { zone, input } = useFileDrop(([file]) => {
    if (file !== undefined) onFile(file);
  });
  return (
    <>
      <div {...zone} data-testid="plan-drop-zone">
        <input
          {...input}
          accept=".docx,.pdf,application/pdf,.txt,.htm,.html"
          disabled={reading}
          data-testid="plan-file-input"
        />
        <label className="button file-button" htmlFor={input.id}>
          {t('planDocument.inputWordOrPdf')}
        </label>
        <span className="muted">{t('planDocument.dropWordOrPdf')}</span>
      </div>
      <label className="plan-paste" htmlFor={pasteId}>
        <span className="field-label">{t('planDocument.paste')}</span>
        <textarea
          id={pasteId}
          className="plan-input"
          rows={2}
          value=""
          placeholder={t('planDocument.pasteHint')}
          onPaste={(event) => {
            event.preventDefault();
            if (ready)
              onPaste(event.clipboardData.getData('text/html'), event.clipboardData.getData('text/plain'));
          }}
          onChange={() => undefined}
          disabled={!ready}
          data-testid="plan-paste"
        />
      </label>
    </>
  );
}

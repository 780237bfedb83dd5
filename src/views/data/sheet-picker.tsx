import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** A workbook with several sheets of data, and the sheets to choose from. */
export interface AmbiguousWorkbook {
  readonly index: number;
  readonly name: string;
  readonly sheets: readonly string[];
}

interface SheetPickerProps {
  workbooks: readonly AmbiguousWorkbook[];
  /** The chosen sheet per file index. */
  onImport: (sheets: ReadonlyMap<number, string>) => void;
  onCancel: () => void;
}

/** Asks which sheet to import from each workbook that has several sheets with data (the first by default). */
export function SheetPicker({ workbooks, onImport, onCancel }: SheetPickerProps): ReactNode {
  const { t } = useI18n();
  const baseId = useId();
  const firstRef = useRef<HTMLSelectElement>(null);
  const [picked, setPicked] = useState<ReadonlyMap<number, string>>(
    () => new Map(workbooks.map((workbook) => [workbook.index, workbook.sheets[0] ?? ''])),
  );
  useEffect(() => firstRef.current?.focus(), []);
  return (
    <form
      className="sheet-picker"
      data-testid="sheet-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onImport(picked);
      }}
    >
      <p>{t('data.sheet.intro')}</p>
      {workbooks.map((workbook, position) => (
        <div className="field" key={workbook.index}>
          <label className="field-label" htmlFor={`${baseId}-${workbook.index}`}>
            {t('data.sheet.label', { file: workbook.name })}
          </label>
          <select
            ref={position === 0 ? firstRef : undefined}
            id={`${baseId}-${workbook.index}`}
            className="select"
            value={picked.get(workbook.index) ?? ''}
            onChange={(event) => {
              const sheet = event.target.value;
              setPicked((previous) => new Map(previous).set(workbook.index, sheet));
            }}
          >
            {workbook.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="restore-actions">
        <button type="submit" className="button">
          {t('data.sheet.import')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('data.restore.cancel')}
        </button>
      </div>
    </form>
  );
}

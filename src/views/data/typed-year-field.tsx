// The year of an official workbook whose sheet and file names hold none, typed by the user and checked
// against typedYearBounds (the reader applies the same rule).
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { isTypedYearValid, typedYearBounds } from '../../ingest/papi-workbook/typed-year.ts';
import '../../components/muted-text.css';

/** The typed text as a year, or null when it is not a valid one. */
export function parseTypedYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return isTypedYearValid(year) ? year : null;
}

interface TypedYearFieldProps {
  readonly file: string;
  readonly text: string;
  readonly showError: boolean;
  readonly onChange: (text: string) => void;
}

/** A number field for the workbook's year, with its bounds and, once submitted invalid, the error. */
export function TypedYearField({ file, text, showError, onChange }: TypedYearFieldProps): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [first, last] = typedYearBounds();
  const invalid = showError && parseTypedYear(text) === null;
  return (
    <div className="field typed-year">
      <label className="field-label" htmlFor={id}>
        {t('data.typedYear.label', { file })}
      </label>
      <p className="muted" id={`${id}-hint`}>
        {t('data.typedYear.hint', { first, last })}
      </p>
      <input
        id={id}
        className="select typed-year-input"
        type="number"
        inputMode="numeric"
        min={first}
        max={last}
        step={1}
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value)}
      />
      {invalid ? <p role="alert">{t('data.typedYear.invalid', { first, last })}</p> : null}
    </div>
  );
}

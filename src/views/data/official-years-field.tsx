// An official workbook's years as checkboxes (the newest checked by default), each saying whether the
// loaded data already has scores that year and what the import does to them in the chosen mode.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ImportMode } from '../../ingest/apply/import-outcome.ts';
import { useYearsWithScores } from '../../queries/years-with-scores.ts';
import '../../components/muted-text.css';

interface OfficialYearsFieldProps {
  readonly file: string;
  /** The workbook's years, newest first. */
  readonly years: readonly number[];
  readonly checked: readonly number[];
  readonly mode: ImportMode;
  readonly showError: boolean;
  readonly onChange: (checked: number[]) => void;
}

/** The year checkboxes of one workbook. */
export function OfficialYearsField(props: OfficialYearsFieldProps): ReactNode {
  const { file, years, checked, mode, showError, onChange } = props;
  const { t } = useI18n();
  const loaded = useYearsWithScores(years).data ?? [];
  const note = mode === 'replace-overlapping' ? 'data.years.replaced' : 'data.years.kept';
  const toggle = (year: number, on: boolean): void =>
    onChange(years.filter((each) => (each === year ? on : checked.includes(each))));
  return (
    <fieldset className="field official-years" data-testid="official-years">
      <legend className="field-label">{t('data.years.legend', { file })}</legend>
      {years.map((year) => (
        <label key={year} className="official-year">
          <input
            type="checkbox"
            checked={checked.includes(year)}
            onChange={(event) => toggle(year, event.target.checked)}
          />{' '}
          {t('data.years.year', { year })}
          {loaded.includes(year) ? (
            <span className="official-year-loaded" data-testid="official-year-loaded">
              {' '}
              ({t(note, { year })})
            </span>
          ) : null}
        </label>
      ))}
      {loaded.length > 0 && mode === 'replace-overlapping' ? (
        <p className="muted">{t('data.years.replaceRule')}</p>
      ) : null}
      {showError && checked.length === 0 ? <p role="alert">{t('data.years.none')}</p> : null}
    </fieldset>
  );
}

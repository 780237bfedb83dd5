import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

interface YearSelectProps {
  /** Years the province has a total, any order; undefined while loading. */
  years: readonly number[] | undefined;
  value: number | null;
  onChange: (year: number) => void;
}

/** The year picker, latest first; only years with a score are offered (missing is missing). */
export function YearSelect({ years, value, onChange }: YearSelectProps): ReactNode {
  const { t } = useI18n();
  const sorted = years === undefined ? [] : [...years].sort((a, b) => b - a);
  const placeholder = years === undefined ? t('header.loadingOption') : t('header.noYears');
  return (
    <label className="field">
      <span className="field-label">{t('header.year')}</span>
      <select
        className="select"
        value={value === null ? '' : String(value)}
        disabled={sorted.length === 0}
        onChange={(event) => onChange(Number(event.target.value))}
        data-testid="year-select"
      >
        {sorted.length === 0 ? (
          <option value={value === null ? '' : String(value)}>{placeholder}</option>
        ) : (
          sorted.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))
        )}
      </select>
    </label>
  );
}

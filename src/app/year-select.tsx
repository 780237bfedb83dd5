import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { YearOption } from '../queries/scored-years.ts';

interface YearSelectProps {
  /** Every year of the data, whether the province has a score then; undefined while loading. */
  options: readonly YearOption[] | undefined;
  value: number | null;
  onChange: (year: number) => void;
}

/**
 * The year picker, latest first. A year without a score for the province stays in the list, disabled,
 * saying so (missing is missing, not gone).
 */
export function YearSelect({ options, value, onChange }: YearSelectProps): ReactNode {
  const { t } = useI18n();
  const sorted = options === undefined ? [] : [...options].sort((a, b) => b.year - a.year);
  const placeholder = options === undefined ? t('header.loadingOption') : t('header.noYears');
  return (
    <label className="field">
      <span className="field-label">{t('header.year')}</span>
      <select
        className="select year-select"
        value={value === null ? '' : String(value)}
        disabled={!sorted.some((option) => option.hasScore)}
        onChange={(event) => onChange(Number(event.target.value))}
        data-testid="year-select"
      >
        {value === null || sorted.length === 0 ? (
          <option value={value === null ? '' : String(value)}>{placeholder}</option>
        ) : null}
        {sorted.map(({ year, hasScore }) => (
          <option key={year} value={String(year)} disabled={!hasScore}>
            {hasScore ? year : t('header.yearWithoutScore', { year })}
          </option>
        ))}
      </select>
    </label>
  );
}

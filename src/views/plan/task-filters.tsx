import type { ReactNode } from 'react';
import { useId } from 'react';
import { TASK_STATES } from '../../domain/task-state.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanFilterOptions, PlanFilters } from './plan-params.ts';
import { STATE_LABEL_KEYS } from '../shared/task-state-labels.ts';

interface TaskFiltersProps {
  filters: PlanFilters;
  options: PlanFilterOptions;
  dimensionNames: Readonly<Record<string, string>>;
  /** Typing in the search box: replaces the URL entry. */
  onSearch: (q: string) => void;
  /** A filter choice: a new URL entry. */
  onFilter: (patch: Partial<PlanFilters>) => void;
}

interface FilterSelectProps {
  label: string;
  value: string | null;
  testId: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}

function FilterSelect({ label, value, testId, choices, onChange }: FilterSelectProps): ReactNode {
  const { t } = useI18n();
  const id = useId();
  // The label sits beside the select (not around it), so the select's name is the label alone.
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        // A long choice is cut at the select's width: the title holds it whole.
        title={choices.find((choice) => choice.value === value)?.label}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('planView.filter.all')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search (diacritics ignored) and the filters, each labelled; the period is chosen above, for the whole page. */
export function TaskFilters({
  filters,
  options,
  dimensionNames,
  onSearch,
  onFilter,
}: TaskFiltersProps): ReactNode {
  const { t } = useI18n();
  const searchId = useId();
  const hintId = useId();
  return (
    <div className="plan-controls" role="group" aria-label={t('planView.filter.group')}>
      <div className="field">
        <label className="field-label" htmlFor={searchId}>
          {t('planView.filter.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={filters.q}
          aria-describedby={hintId}
          data-testid="plan-search"
          onChange={(event) => onSearch(event.target.value)}
        />
        <span id={hintId} className="visually-hidden">
          {t('planView.filter.searchHint')}
        </span>
      </div>
      <FilterSelect
        label={t('planView.filter.dimension')}
        value={filters.dimension}
        testId="plan-filter-dimension"
        choices={options.dimensions.map((code) => ({
          value: code,
          label: `${code}. ${dimensionNames[code] ?? ''}`,
        }))}
        onChange={(dimension) => onFilter({ dimension })}
      />
      <FilterSelect
        label={t('planView.filter.agency')}
        value={filters.agency}
        testId="plan-filter-agency"
        choices={options.agencies.map((agency) => ({ value: agency, label: agency }))}
        onChange={(agency) => onFilter({ agency })}
      />
      <FilterSelect
        label={t('planView.filter.unit')}
        value={filters.unit}
        testId="plan-filter-unit"
        choices={options.units.map((unit) => ({ value: unit, label: unit }))}
        onChange={(unit) => onFilter({ unit })}
      />
      <FilterSelect
        label={t('planView.filter.status')}
        value={filters.status}
        testId="plan-filter-status"
        choices={TASK_STATES.map((state) => ({ value: state, label: t(STATE_LABEL_KEYS[state]) }))}
        onChange={(status) => onFilter({ status: status as PlanFilters['status'] })}
      />
    </div>
  );
}

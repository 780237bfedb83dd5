import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { IndicatorOptionGroup } from './indicator-options.ts';

interface IndicatorPickerProps {
  groups: readonly IndicatorOptionGroup[];
  value: string;
  onChange: (code: string) => void;
}

/** The indicator as a native grouped list: arrow keys and type-ahead work, each dimension is an optgroup. */
export function IndicatorPicker({ groups, value, onChange }: IndicatorPickerProps): ReactNode {
  const { t } = useI18n();
  const helpId = useId();
  return (
    <label className="field dimensions-picker">
      <span className="field-label">{t('dimensions.picker.label')}</span>
      <select
        className="select"
        value={value}
        aria-describedby={helpId}
        onChange={(event) => onChange(event.target.value)}
        data-testid="indicator-select"
      >
        {groups.map((group) =>
          group.label === null ? (
            group.options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))
          ) : (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
      <span id={helpId} className="dimensions-help">
        {t('dimensions.picker.help')}
      </span>
    </label>
  );
}

import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import type { MapProvince } from '../../../domain/province-lineage.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { MAX_COMPARED } from '../../../state/view-params/nation-params.ts';

interface ComparePickerProps {
  provinces: readonly MapProvince[];
  chosen: readonly string[];
  onChange: (codes: readonly string[]) => void;
}

/** The provinces compared, each with a remove button, and a grouped list (both maps) with an Add button. */
export function ComparePicker({ provinces, chosen, onChange }: ComparePickerProps): ReactNode {
  const { t, lang } = useI18n();
  const selectId = useId();
  const nameOf = (p: MapProvince) => (lang === 'vi' ? p.nameVi : p.nameEn);
  const available = provinces.filter((p) => !chosen.includes(p.code));
  const [pick, setPick] = useState('');
  const value = available.some((p) => p.code === pick) ? pick : (available[0]?.code ?? '');
  const full = chosen.length >= MAX_COMPARED;
  const groups = [
    { label: t('merger.select.groupNew'), units: available.filter((p) => p.kind === 'new') },
    { label: t('merger.select.groupOld'), units: available.filter((p) => p.kind === 'old') },
  ];
  return (
    <div className="compare-picker">
      <ul className="compare-chosen" aria-label={t('nation.compare.chosen')} data-testid="compare-chosen">
        {chosen.map((code) => {
          const province = provinces.find((p) => p.code === code);
          const name = province === undefined ? code : nameOf(province);
          return (
            <li key={code} className="compare-chip">
              {name}
              <button
                type="button"
                className="button compare-remove"
                aria-label={t('nation.compare.remove', { province: name })}
                title={t('nation.compare.remove', { province: name })}
                onClick={() => onChange(chosen.filter((c) => c !== code))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      {full ? (
        <p className="muted-text">{t('nation.compare.full')}</p>
      ) : (
        <div className="compare-add">
          <label className="field" htmlFor={selectId}>
            <span className="field-label">{t('nation.compare.pickLabel')}</span>
            <select
              id={selectId}
              className="select"
              value={value}
              onChange={(event) => setPick(event.target.value)}
              data-testid="compare-select"
            >
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.units.map((p) => (
                    <option key={p.code} value={p.code}>
                      {nameOf(p)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={value === ''}
            onClick={() => onChange([...chosen, value])}
            data-testid="compare-add"
          >
            {t('nation.compare.add')}
          </button>
        </div>
      )}
    </div>
  );
}

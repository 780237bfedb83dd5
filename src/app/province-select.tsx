import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { Province } from '../domain/types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

interface ProvinceSelectProps {
  provinces: readonly Province[] | undefined;
  value: string;
  onChange: (code: string) => void;
}

/** The province picker; disabled (showing "loading") until the provinces are known. */
export function ProvinceSelect({ provinces, value, onChange }: ProvinceSelectProps): ReactNode {
  const { lang, locale, t } = useI18n();
  const options = useMemo(() => {
    if (provinces === undefined) return [];
    const collator = new Intl.Collator(locale);
    return provinces
      .map((p) => ({ code: p.code, name: lang === 'vi' ? p.nameVi : p.nameEn }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [provinces, lang, locale]);
  return (
    <label className="field">
      <span className="field-label">{t('header.province')}</span>
      <select
        className="select"
        value={value}
        disabled={provinces === undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid="province-select"
      >
        {provinces === undefined ? (
          <option value={value}>{t('header.loadingOption')}</option>
        ) : (
          options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))
        )}
      </select>
    </label>
  );
}

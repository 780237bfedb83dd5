import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import { foldDiacritics } from '../domain/fold-text.ts';
import type { MapProvince } from '../domain/province-lineage.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { lineageIsNews, lineageSentence, provinceNameIn } from '../views/shared/lineage-text.ts';
import './province-select.css';
import { useSelectCommitOnEnter } from './use-select-commit-on-enter.ts';

interface ProvinceSelectProps {
  provinces: readonly MapProvince[] | undefined;
  value: string;
  onChange: (code: string) => void;
}

interface ProvinceOption {
  code: string;
  kind: MapProvince['kind'];
  name: string;
  /** What the list shows: the name, or the lineage sentence where the unit merged or was renamed. */
  text: string;
  /** What a search matches: both names, the code, the lineage, without diacritics. */
  searchKey: string;
  /** Both names without diacritics: a match here ranks before a match in the lineage only. */
  nameKey: string;
}

/**
 * The province picker: the 34 new units and the 63 old ones in two groups, each old unit saying what it became
 * and each new one what it merged; a search box above it filters the list ignoring diacritics ("dak nong"),
 * Enter picks the first match. Disabled (showing "loading") until the provinces are known.
 */
export function ProvinceSelect({ provinces, value, onChange }: ProvinceSelectProps): ReactNode {
  const { lang, locale, t } = useI18n();
  const [query, setQuery] = useState('');
  const ids = { search: useId(), lineage: useId(), status: useId() };
  // ArrowDown on the closed list steps through the provinces; Enter or leaving the list switches the app.
  const selectCommit = useSelectCommitOnEnter(value, (code) => {
    setQuery('');
    onChange(code);
  });
  const options = useMemo((): ProvinceOption[] => {
    if (provinces === undefined) return [];
    const collator = new Intl.Collator(locale);
    const nameOf = provinceNameIn(lang);
    return provinces
      .map((p) => {
        const sentence = lineageSentence(provinces, p.code, { t, lang, locale });
        const name = nameOf(p);
        return {
          code: p.code,
          kind: p.kind,
          name,
          text: sentence !== null && lineageIsNews(provinces, p.code) ? sentence : name,
          searchKey: foldDiacritics([p.nameVi, p.nameEn, p.code, sentence ?? ''].join(' ')),
          nameKey: foldDiacritics(`${p.nameVi} ${p.nameEn}`),
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [provinces, t, lang, locale]);
  const folded = foldDiacritics(query);
  const matches = folded === '' ? options : options.filter((o) => o.searchKey.includes(folded));
  // The chosen province stays listed whatever the search, so the select never shows another one.
  const shown = options.filter((o) => o.code === value || matches.includes(o));
  const groups = [
    { kind: 'new' as const, label: t('merger.select.groupNew') },
    { kind: 'old' as const, label: t('merger.select.groupOld') },
  ];
  const lineage = provinces === undefined ? null : lineageSentence(provinces, value, { t, lang, locale });
  // The chosen unit's option already reads as its lineage sentence when the sentence is news (merged, renamed).
  const shownInList = options.find((o) => o.code === value)?.text === lineage;
  // Enter picks the first match by name (the new unit before the old one of the same name), else by lineage.
  const others = matches.filter((o) => o.code !== value);
  const firstMatch =
    others.find((o) => o.kind === 'new' && o.nameKey.includes(folded)) ??
    others.find((o) => o.nameKey.includes(folded)) ??
    others[0];
  return (
    <div className="province-picker">
      <label className="field province-search-field" htmlFor={ids.search}>
        <span className="field-label">{t('merger.select.search')}</span>
        <input
          id={ids.search}
          type="search"
          className="province-search"
          value={query}
          placeholder={t('merger.select.searchPlaceholder')}
          disabled={provinces === undefined}
          aria-describedby={ids.status}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && firstMatch !== undefined && folded !== '') {
              event.preventDefault();
              setQuery('');
              onChange(firstMatch.code);
            }
          }}
          data-testid="province-search"
        />
        <span id={ids.status} className="province-search-status" aria-live="polite">
          {folded === ''
            ? ''
            : matches.length === 0
              ? t('merger.select.noMatch', { query })
              : t('merger.select.matches', { count: matches.length })}
        </span>
      </label>
      <label className="field">
        <span className="field-label">{t('header.province')}</span>
        <select
          className="select province-select"
          {...selectCommit}
          disabled={provinces === undefined}
          aria-describedby={lineage === null ? undefined : ids.lineage}
          data-testid="province-select"
        >
          {provinces === undefined ? (
            <option value={value}>{t('header.loadingOption')}</option>
          ) : (
            groups.map((group) => {
              const members = shown.filter((o) => o.kind === group.kind);
              return members.length === 0 ? null : (
                <optgroup key={group.kind} label={group.label}>
                  {members.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.text}
                    </option>
                  ))}
                </optgroup>
              );
            })
          )}
        </select>
      </label>
      {/* Kept, empty, while there is no sentence: its line is the header's from the first paint, so the
          sentence coming with the data moves nothing (a visit with kept imports paints the header first). */}
      {lineage === null ? (
        <p className="province-lineage" aria-hidden="true" />
      ) : (
        <p
          id={ids.lineage}
          className={shownInList ? 'province-lineage province-lineage-repeated' : 'province-lineage'}
          data-testid="province-lineage"
        >
          {lineage}
        </p>
      )}
    </div>
  );
}

// A province's lineage in words of the UI language ("Đắk Nông — nay thuộc tỉnh Lâm Đồng"), and the labels of
// a new unit's predecessor lines ("Đắk Nông (cũ)"). Used by the province picker, the Overview and Dimensions.
import { describeLineage } from '../../domain/lineage-labels.ts';
import type { MapProvince } from '../../domain/province-lineage.ts';
import { predecessorsOf } from '../../domain/province-lineage.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatConjunction } from '../../i18n/list-format.ts';

/** A province's name in `lang`. */
export const provinceNameIn =
  (lang: Language) =>
  (p: Pick<MapProvince, 'nameVi' | 'nameEn'>): string =>
    lang === 'vi' ? p.nameVi : p.nameEn;

/** The lineage sentence of a unit; null when the data holds no lineage for it. */
export function lineageSentence(
  provinces: readonly MapProvince[],
  code: string,
  { t, lang, locale }: Pick<I18n, 't' | 'lang' | 'locale'>,
): string | null {
  const unit = provinces.find((p) => p.code === code);
  if (unit === undefined) return null;
  const nameOf = provinceNameIn(lang);
  const lineage = describeLineage(provinces, code, nameOf);
  if (lineage === null) return null;
  const name = nameOf(unit);
  if ('successor' in lineage) return t(lineage.key, { name, successor: lineage.successor });
  if ('predecessors' in lineage) {
    const list = formatConjunction(locale, lineage.predecessors);
    return t(lineage.key, { name, predecessors: list });
  }
  return t(lineage.key, { name });
}

/** Whether a unit's lineage changes anything (merged, renamed or absorbed), so a list should say it. */
export function lineageIsNews(provinces: readonly MapProvince[], code: string): boolean {
  const lineage = describeLineage(provinces, code, (p) => p.nameVi);
  return lineage !== null && lineage.key !== 'merger.old.same' && lineage.key !== 'merger.new.unchanged';
}

/** A new unit's predecessors as chart lines, each labelled "<name> (cũ)"; empty for an old unit. */
export function predecessorLines(
  provinces: readonly MapProvince[],
  code: string,
  { t, lang }: Pick<I18n, 't' | 'lang'>,
): { code: string; name: string }[] {
  const nameOf = provinceNameIn(lang);
  return predecessorsOf(provinces, code).map((p) => ({
    code: p.code,
    name: t('merger.predecessor.label', { name: nameOf(p) }),
  }));
}

// The entries of a comparison, from the rows a compare query returned (already in chosen order, a new unit's
// predecessors after it): each province once, labelled by name, a stand-in predecessor as "… (cũ)".
import type { CompareEntry } from '../../../charts/province-compare/compare-entries.ts';
import type { MapProvince } from '../../../domain/province-lineage.ts';
import type { I18n } from '../../../i18n/create-i18n.ts';

/** Rows of either compare query: whose score it is and which chosen province it answers for. */
interface EntryRow {
  entryCode: string;
  forCode: string;
}

/** The distinct entries of `rows`, in their order, with their labels in the UI language. */
export function compareEntriesOf(
  rows: readonly EntryRow[],
  provinces: readonly MapProvince[],
  { t, lang }: Pick<I18n, 't' | 'lang'>,
): CompareEntry[] {
  const seen = new Set<string>();
  const entries: CompareEntry[] = [];
  for (const row of rows) {
    if (seen.has(row.entryCode)) continue;
    seen.add(row.entryCode);
    const province = provinces.find((p) => p.code === row.entryCode);
    const name = province === undefined ? row.entryCode : lang === 'vi' ? province.nameVi : province.nameEn;
    const standsIn = row.entryCode !== row.forCode;
    entries.push({ code: row.entryCode, label: standsIn ? t('merger.predecessor.label', { name }) : name });
  }
  return entries;
}

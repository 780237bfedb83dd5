// The league table's order: any column, either way; an empty cell always sorts last, ties by the headline
// rank then the code (so the order is always the same), unscored units after every ranked one.
import type { Language } from '../../../i18n/languages.ts';
import type { NationSort } from '../../../state/view-params/nation-params.ts';
import { rankChangeOf, type LeagueRow } from './league-rows.ts';

const COLLATOR = { vi: new Intl.Collator('vi'), en: new Intl.Collator('en') } as const;

/** The value a row sorts by in a numeric column (null: empty cell). */
function numericValue(row: LeagueRow, sort: NationSort): number | null {
  const { key } = sort;
  if (key === 'rank') return row.headline?.rank ?? null;
  if (key === 'change') return row.headline?.change ?? null;
  if (key === 'rankChange') return rankChangeOf(row.headline);
  if (key === 'name') return null;
  return row.cells.get(key.indicator)?.score ?? null;
}

const nameOf = (row: LeagueRow, lang: Language): string => (lang === 'vi' ? row.nameVi : row.nameEn);

/** The rows in `sort`'s order (a new array). */
export function sortLeagueRows(rows: readonly LeagueRow[], sort: NationSort, lang: Language): LeagueRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const tieBreak = (a: LeagueRow, b: LeagueRow): number =>
    (a.headline?.rank ?? Infinity) - (b.headline?.rank ?? Infinity) ||
    a.provinceCode.localeCompare(b.provinceCode);
  const compare = (a: LeagueRow, b: LeagueRow): number => {
    if (sort.key === 'name')
      return sign * COLLATOR[lang].compare(nameOf(a, lang), nameOf(b, lang)) || tieBreak(a, b);
    const x = numericValue(a, sort);
    const y = numericValue(b, sort);
    if (x === null || y === null) return x === y ? tieBreak(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || tieBreak(a, b);
  };
  const ranked = rows.filter((row) => row.unscored === null).sort(compare);
  const unscored = rows
    .filter((row) => row.unscored !== null)
    .sort((a, b) => COLLATOR[lang].compare(nameOf(a, lang), nameOf(b, lang)));
  return [...ranked, ...unscored];
}

// Provinces as written in reports: by code (`P01`, or a statistics-office code such as `68`) or by name,
// with or without diacritics and the administrative prefix ("Tỉnh Đắk Nông", "TP. Hồ Chí Minh", "Dak Nong",
// "Thua Thien-Hue"). Two maps share many names and codes (Lâm Đồng, `68`): given the year a row is for,
// the name is read in that year's map (old units up to 2024, new units from 2025, data/README.md).

import { editDistance, foldDiacritics, foldKey } from '../../domain/fold-text.ts';

/** A province the import may name (the loaded provinces table); the lineage columns are optional. */
export interface ProvinceRef {
  readonly code: string;
  readonly name_vi: string;
  readonly name_en: string;
  /** 'old' (scored up to 2024) or 'new' (from 1 July 2025); absent: inferred from the code (2 digits = new). */
  readonly kind?: string | null;
  readonly nso_code?: string | null;
  /** For an old unit: the new unit that absorbed it. */
  readonly successor_code?: string | null;
  /** PAPI years the unit can be scored in; absent: old up to 2024, new from 2025. */
  readonly first_year?: number | null;
  readonly last_year?: number | null;
}

export type ProvinceMatch =
  | { readonly ok: true; readonly code: string }
  | {
      readonly ok: false;
      readonly suggestion: string | null;
      /** The name is a unit of the other map: an old unit named after the merger (with what it became), or a new one before it. */
      readonly outOfMap?: { readonly code: string; readonly successor: ProvinceRef | null };
    };

/** Every code written the way the new map writes it: 2 digits (the statistics-office code). */
const NEW_UNIT_CODE = /^\d{2}$/;
/** The last PAPI year of the old map when the provinces carry no lineage columns. */
const LAST_OLD_MAP_YEAR = 2024;

const ADMIN_PREFIX = /^(?:tinh|thanh pho|tp\.?)\s+/;

const nameKey = (name: string): string => foldKey(foldDiacritics(name).replace(ADMIN_PREFIX, ''));

/** Excel turns `01` into 1: a lone digit is read as the 2-digit code. */
const codeKey = (text: string): string => {
  const key = foldKey(text);
  return /^\d$/.test(key) ? `0${key}` : key;
};

const kindOf = (p: ProvinceRef): 'old' | 'new' =>
  p.kind === 'new' || p.kind === 'old' ? p.kind : NEW_UNIT_CODE.test(p.code) ? 'new' : 'old';

/** Whether `year`'s scores can name the unit (old units up to their last year, new ones from their first). */
export function isUnitOfYear(p: ProvinceRef, year: number): boolean {
  const old = kindOf(p) === 'old';
  const first = p.first_year ?? (old ? null : LAST_OLD_MAP_YEAR + 1);
  const last = p.last_year ?? (old ? LAST_OLD_MAP_YEAR : null);
  return (first === null || year >= first) && (last === null || year <= last);
}

/**
 * Builds a matcher over the given provinces (keys are computed once). `match(text)` reads an exact code
 * first, then names and statistics-office codes, the old unit first where both maps share one;
 * `match(text, year)` reads them in that year's map and, when the text names a unit of the other map only,
 * says so (`outOfMap`, with the new unit an old one became).
 */
export function createProvinceMatcher(
  provinces: readonly ProvinceRef[],
): (text: string, year?: number) => ProvinceMatch {
  const byCode = new Map(provinces.map((p) => [foldKey(p.code), p] as const));
  const byKey = new Map<string, ProvinceRef[]>();
  const ordered = [...provinces].sort((a, b) => Number(kindOf(a) === 'new') - Number(kindOf(b) === 'new'));
  for (const province of ordered) {
    const nso = province.nso_code ?? (kindOf(province) === 'new' ? province.code : '');
    for (const key of new Set([nameKey(province.name_vi), nameKey(province.name_en), foldKey(nso)])) {
      if (key !== '') byKey.set(key, [...(byKey.get(key) ?? []), province]);
    }
  }
  // A file names a few dozen provinces over many rows: remember each spelling's answer.
  const answers = new Map<string, ProvinceMatch>();
  return (text, year) => {
    const memo = `${year ?? ''}|${text}`;
    const known = answers.get(memo);
    if (known !== undefined) return known;
    const answer = matchOne(text, year, byCode, byKey, provinces);
    answers.set(memo, answer);
    return answer;
  };
}

function matchOne(
  text: string,
  year: number | undefined,
  byCode: ReadonlyMap<string, ProvinceRef>,
  byKey: ReadonlyMap<string, readonly ProvinceRef[]>,
  provinces: readonly ProvinceRef[],
): ProvinceMatch {
  const exact = byCode.get(codeKey(text));
  const candidates = [
    ...(exact === undefined ? [] : [exact]),
    ...(byKey.get(nameKey(text)) ?? []),
    ...(byKey.get(codeKey(text)) ?? []),
  ];
  if (year === undefined) {
    const first = candidates[0];
    if (first !== undefined) return { ok: true, code: first.code };
  } else {
    const inMap = candidates.find((p) => isUnitOfYear(p, year));
    if (inMap !== undefined) return { ok: true, code: inMap.code };
    const other = candidates[0];
    if (other !== undefined) {
      const successor =
        other.successor_code == null ? null : (byCode.get(foldKey(other.successor_code)) ?? null);
      return {
        ok: false,
        suggestion: successor?.name_vi ?? null,
        outOfMap: { code: other.code, successor },
      };
    }
  }
  const key = nameKey(text);
  const pool = year === undefined ? provinces : provinces.filter((p) => isUnitOfYear(p, year));
  return { ok: false, suggestion: suggestProvince(key, pool) };
}

/** The Vietnamese name closest to `key` by edit distance, when close enough to be a typo (at most a third of its letters). */
function suggestProvince(key: string, provinces: readonly ProvinceRef[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const province of provinces) {
    const distance = Math.min(
      editDistance(key, nameKey(province.name_vi)),
      editDistance(key, nameKey(province.name_en)),
    );
    if (best === null || distance < best.distance) best = { name: province.name_vi, distance };
  }
  return best !== null && key !== '' && best.distance <= Math.max(2, Math.floor(key.length / 3))
    ? best.name
    : null;
}

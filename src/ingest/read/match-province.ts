// Provinces as written in reports: by code (`P01`) or by name, with or without diacritics and the
// administrative prefix ("Tỉnh Đắk Nông", "TP. Hồ Chí Minh", "Dak Nong", "Thua Thien-Hue").

import { editDistance, foldDiacritics, foldKey } from '../../domain/fold-text';

/** A province the import may name (the bundled provinces table). */
export interface ProvinceRef {
  readonly code: string;
  readonly name_vi: string;
  readonly name_en: string;
}

export type ProvinceMatch =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly suggestion: string | null };

const ADMIN_PREFIX = /^(?:tinh|thanh pho|tp\.?)\s+/;

const nameKey = (name: string): string => foldKey(foldDiacritics(name).replace(ADMIN_PREFIX, ''));

/** Builds a matcher over the given provinces (keys are computed once). */
export function createProvinceMatcher(provinces: readonly ProvinceRef[]): (text: string) => ProvinceMatch {
  const byKey = new Map<string, ProvinceRef>();
  for (const province of provinces) {
    for (const key of [foldKey(province.code), nameKey(province.name_vi), nameKey(province.name_en)]) {
      if (key !== '' && !byKey.has(key)) byKey.set(key, province);
    }
  }
  // A file names a few dozen provinces over many rows: remember each spelling's answer.
  const answers = new Map<string, ProvinceMatch>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined) return known;
    const key = nameKey(text);
    const found = byKey.get(key);
    const answer: ProvinceMatch =
      found !== undefined
        ? { ok: true, code: found.code }
        : { ok: false, suggestion: suggestProvince(key, provinces) };
    answers.set(text, answer);
    return answer;
  };
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

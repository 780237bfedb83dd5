// What the app shows for a URL, given the loaded data, and why it differs from what was asked:
// a pure function, so the URL can be rewritten to it and the user told in their language.
import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import type { Province } from '../domain/types.ts';
import type { ParsedUrl, UrlState } from './url-state.ts';
import type { ViewId } from './view-ids.ts';

/** Longest raw URL value quoted back to the user. */
const MAX_QUOTED_LENGTH = 24;

/**
 * Why the app shows something else than the URL asked for. Province arguments are codes and view
 * arguments view ids: the notice is put into words (names, labels) in the current UI language.
 */
export type Notice =
  | { key: 'notice.unknownProvince'; args: { requested: string; shownProvince: string } }
  | { key: 'notice.yearWithoutScore'; args: { province: string; year: number; shownYear: number } }
  | { key: 'notice.invalidYear'; args: { value: string; shownYear: number } }
  | { key: 'notice.invalidLanguage'; args: { value: string } }
  | { key: 'notice.unknownView'; args: { value: string; shownView: ViewId } };

export interface Resolution {
  /** The state to show and to write back into the URL (year null still means "latest"). */
  state: UrlState;
  /** The concrete year shown (the latest scored one when `state.year` is null); null until known. */
  year: number | null;
  notices: Notice[];
  /** False while the provinces or the province's scored years are still loading. */
  complete: boolean;
}

const quote = (raw: string): string =>
  raw.length > MAX_QUOTED_LENGTH ? `${raw.slice(0, MAX_QUOTED_LENGTH)}…` : raw;

/** The URL's province if the loaded data knows it (or while it is still loading), else the default. */
export function resolveProvince(requested: string, provinces: readonly Province[] | undefined): string {
  if (provinces === undefined || provinces.some((p) => p.code === requested)) return requested;
  return DEFAULT_PROVINCE_CODE;
}

/** The URL's year if the province has a total then, else its latest scored year; null until known. */
export function resolveYear(
  requested: number | null,
  scoredYears: readonly number[] | undefined,
): number | null {
  if (scoredYears === undefined || scoredYears.length === 0) return null;
  if (requested !== null && scoredYears.includes(requested)) return requested;
  return Math.max(...scoredYears);
}

export interface SelectionData {
  provinces: readonly Province[] | undefined;
  /** Years in which the resolved province (resolveProvince's answer) has a total. */
  scoredYears: readonly number[] | undefined;
  /**
   * The same unit under its other map's code (a unit the 2025 merger left whole: sameUnitInOtherMap) and the
   * years that code has a total; null or absent when the unit merged or the provinces are still loading.
   */
  sameUnit?: { code: string; scoredYears: readonly number[] | undefined } | null;
}

/** The years a unit has a total under either of its codes (ascending), undefined until both are known. */
function unitScoredYears(data: SelectionData): readonly number[] | undefined {
  const other = data.sameUnit ?? null;
  if (other === null) return data.scoredYears;
  if (data.scoredYears === undefined || other.scoredYears === undefined) return undefined;
  return [...new Set([...data.scoredYears, ...other.scoredYears])].sort((a, b) => a - b);
}

/**
 * Resolves a parsed URL against the data: an unknown or malformed province becomes the default, a year
 * without a score for the province becomes its latest scored year, malformed values their defaults.
 * Each correction comes with a notice; notices are only listed once everything is known (`complete`).
 */
export function resolveSelection({ state, invalid }: ParsedUrl, data: SelectionData): Resolution {
  const requested = resolveProvince(state.province, data.provinces);
  const scoredYears = unitScoredYears(data);
  const year = resolveYear(state.year, scoredYears);
  // One province across both maps: the year decides which of its two codes holds the scores shown (no notice:
  // the user sees the province they asked for).
  const other = data.sameUnit ?? null;
  const province =
    other !== null && year !== null && !(data.scoredYears ?? []).includes(year) ? other.code : requested;
  const complete = data.provinces !== undefined && scoredYears !== undefined;
  const yearStays = scoredYears === undefined || state.year === null || state.year === year;
  const resolved: UrlState = { ...state, province, year: yearStays ? state.year : year };
  if (!complete) return { state: resolved, year, notices: [], complete };

  const notices: Notice[] = [];
  const requestedProvince = invalid.province ?? (requested === state.province ? null : state.province);
  if (requestedProvince !== null) {
    notices.push({
      key: 'notice.unknownProvince',
      args: { requested: quote(requestedProvince), shownProvince: province },
    });
  }
  if (!yearStays && state.year !== null && year !== null) {
    notices.push({ key: 'notice.yearWithoutScore', args: { province, year: state.year, shownYear: year } });
  }
  if (invalid.year !== undefined && year !== null) {
    notices.push({ key: 'notice.invalidYear', args: { value: quote(invalid.year), shownYear: year } });
  }
  if (invalid.lang !== undefined) {
    notices.push({ key: 'notice.invalidLanguage', args: { value: quote(invalid.lang) } });
  }
  if (invalid.view !== undefined) {
    notices.push({ key: 'notice.unknownView', args: { value: quote(invalid.view), shownView: state.view } });
  }
  return { state: resolved, year, notices, complete };
}

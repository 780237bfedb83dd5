// The view's state lives in the URL so a link reproduces it: pure parse/serialise, tested in Node.
import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import type { Language } from '../i18n/languages.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages.ts';

/** The app's views, in navigation order. */
export const VIEW_IDS = ['overview', 'dimensions', 'plan', 'scores-vs-tasks', 'data'] as const;

export type ViewId = (typeof VIEW_IDS)[number];

export const DEFAULT_VIEW: ViewId = 'overview';

export interface UrlState {
  province: string;
  /** null means "the latest year the province has a total". */
  year: number | null;
  lang: Language;
  view: ViewId;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = {
  province: DEFAULT_PROVINCE_CODE,
  year: null,
  lang: DEFAULT_LANGUAGE,
  view: DEFAULT_VIEW,
};

/** Province codes as in data/provinces.csv (e.g. P43); anything else is ignored. */
const PROVINCE_CODE_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;
const FIRST_PAPI_YEAR = 2009;
const LAST_PLAUSIBLE_YEAR = 2100;

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= FIRST_PAPI_YEAR && year <= LAST_PLAUSIBLE_YEAR ? year : null;
}

/**
 * Reads the state from a query string (`?province=P43&year=2024&lang=vi&view=overview`).
 * Missing, malformed or unknown values fall back to the defaults; pass `knownProvinceCodes` to reject
 * codes that are well-formed but not in the loaded data.
 */
export function parseUrlState(search: string, knownProvinceCodes?: ReadonlySet<string>): UrlState {
  const params = new URLSearchParams(search);
  const province = params.get('province');
  const lang = params.get('lang');
  const view = params.get('view');
  const provinceIsValid =
    province !== null &&
    PROVINCE_CODE_PATTERN.test(province) &&
    (knownProvinceCodes === undefined || knownProvinceCodes.has(province));
  return {
    province: provinceIsValid ? province : DEFAULT_URL_STATE.province,
    year: parseYear(params.get('year')),
    lang: isLanguage(lang) ? lang : DEFAULT_URL_STATE.lang,
    view: isViewId(view) ? view : DEFAULT_URL_STATE.view,
  };
}

/** Writes the state as a query string with a leading `?`; the year is left out while it means "latest". */
export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('province', state.province);
  if (state.year !== null) params.set('year', String(state.year));
  params.set('lang', state.lang);
  params.set('view', state.view);
  return `?${params.toString()}`;
}

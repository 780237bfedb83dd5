// The view's state lives in the URL so a link reproduces it: pure parse/serialise, tested in Node.
import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import type { Language } from '../i18n/languages.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages.ts';
import { PROVINCE_CODE_PATTERN } from './named-in-url.ts';
import { CURRENT_URL_VERSION, migrateUrlParams, URL_VERSION_PARAM } from './url-migrations.ts';
import { DEFAULT_VIEW, isViewId, type ViewId } from './view-ids.ts';
import type { ViewParams } from './view-param-codec.ts';
import { VIEW_PARAM_NAMES } from './view-param-codecs.ts';

// Kept here for the modules that read the URL's view and view parameters from this file.
export { VIEW_IDS } from './view-ids.ts';
export type { ViewId } from './view-ids.ts';
export type { ViewParams } from './view-param-codec.ts';

export interface UrlState {
  province: string;
  /** null means "the latest year the province has a total". */
  year: number | null;
  lang: Language;
  view: ViewId;
  /** The current view's own parameters as raw text (its codec in VIEW_PARAM_CODECS reads them); absent means none. */
  viewParams?: ViewParams;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = {
  province: DEFAULT_PROVINCE_CODE,
  year: null,
  lang: DEFAULT_LANGUAGE,
  view: DEFAULT_VIEW,
};

/** The raw text of each parameter that was present but unusable (it fell back to the default). */
export type InvalidParams = Partial<Record<keyof UrlState, string>>;

/** A URL read into state, with what could not be used (so the user can be told). */
export interface ParsedUrl {
  state: UrlState;
  invalid: InvalidParams;
}

const FIRST_PAPI_YEAR = 2009;
const LAST_PLAUSIBLE_YEAR = 2100;

function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= FIRST_PAPI_YEAR && year <= LAST_PLAUSIBLE_YEAR ? year : null;
}

/**
 * Reads a query string of any URL version (`?v=1&province=P43&year=2024&lang=vi&view=overview`),
 * migrating old ones first. Missing values take the defaults; malformed ones too, and are listed in
 * `invalid`. Whether a well-formed province or year exists in the data is decided later (resolve-selection).
 */
export function parseUrl(search: string): ParsedUrl {
  const params = migrateUrlParams(new URLSearchParams(search));
  const invalid: InvalidParams = {};
  const province = params.get('province');
  const yearText = params.get('year');
  const lang = params.get('lang');
  const view = params.get('view');
  const year = parseYear(yearText);
  const provinceIsValid = province !== null && PROVINCE_CODE_PATTERN.test(province);
  if (province !== null && !provinceIsValid) invalid.province = province;
  if (yearText !== null && year === null) invalid.year = yearText;
  if (lang !== null && !isLanguage(lang)) invalid.lang = lang;
  if (view !== null && !isViewId(view)) invalid.view = view;
  const shownView = isViewId(view) ? view : DEFAULT_URL_STATE.view;
  const viewParams = pickViewParams(shownView, params);
  return {
    state: {
      province: provinceIsValid ? province : DEFAULT_URL_STATE.province,
      year,
      lang: isLanguage(lang) ? lang : DEFAULT_URL_STATE.lang,
      view: shownView,
      ...(Object.keys(viewParams).length > 0 ? { viewParams } : {}),
    },
    invalid,
  };
}

/**
 * The parameters `view` keeps (its codec's names, in link order), non-empty only: unknown names are dropped
 * so a link never carries another view's leftovers. The text stays raw; the view's codec reads it.
 */
function pickViewParams(view: ViewId, params: { get(name: string): string | null }): ViewParams {
  const picked: Record<string, string> = {};
  for (const name of VIEW_PARAM_NAMES[view]) {
    const value = params.get(name);
    if (value !== null && value !== '') picked[name] = value;
  }
  return picked;
}

/** The state a query string describes (see parseUrl), without the list of unusable values. */
export function parseUrlState(search: string): UrlState {
  return parseUrl(search).state;
}

/** Writes the state as a query string with a leading `?`; the year is left out while it means "latest". */
export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  params.set(URL_VERSION_PARAM, String(CURRENT_URL_VERSION));
  params.set('province', state.province);
  if (state.year !== null) params.set('year', String(state.year));
  params.set('lang', state.lang);
  params.set('view', state.view);
  const viewParams = pickViewParams(state.view, {
    get: (name) => state.viewParams?.[name] ?? null,
  });
  for (const [name, value] of Object.entries(viewParams)) params.set(name, value);
  return `?${params.toString()}`;
}

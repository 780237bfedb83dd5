// What a URL's query string names, read as written, for the work a page starts before the shell has read the URL
// (the view's code, the seed's parts, the text of a language loaded later): the shell's own reading (url-state.ts) migrates old links and tells the user
// of what it could not use, and the work is asked again for what it shows.
import { DEFAULT_PROVINCE_CODE } from '../domain/papi.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages.ts';
import { DEFAULT_VIEW, isViewId, type ViewId } from './view-ids.ts';

/** Province codes as in data/provinces.csv (e.g. P43); anything else is ignored. */
export const PROVINCE_CODE_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;

/** The view that `search` names; an unknown view is the default one. */
export function viewNamedIn(search: string): ViewId {
  const named = new URLSearchParams(search).get('view');
  return isViewId(named) ? named : DEFAULT_VIEW;
}

/** The province that `search` names; none or a malformed code is the default one. */
export function provinceNamedIn(search: string): string {
  const named = new URLSearchParams(search).get('province');
  return named !== null && PROVINCE_CODE_PATTERN.test(named) ? named : DEFAULT_PROVINCE_CODE;
}

/** The language that `search` names; an unknown one is the default. */
export function languageNamedIn(search: string): Language {
  const named = new URLSearchParams(search).get('lang');
  return isLanguage(named) ? named : DEFAULT_LANGUAGE;
}

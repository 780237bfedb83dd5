import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { I18n } from './create-i18n.ts';
import { createI18n } from './create-i18n.ts';
import { isLanguageLoaded, loadLanguage, subscribeToLoadedLanguages } from './dictionaries.ts';
import type { Language } from './languages.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';

const I18nContext = createContext<I18n>(createI18n(DEFAULT_LANGUAGE));

/** `lang` once its text has loaded (a chunk of its own); until then, or if it cannot load, the default language. */
function useLoadedLanguage(lang: Language): Language {
  // A store, not an effect's state: text that loads between this render and the effect still shows.
  const isLoaded = (): boolean => isLanguageLoaded(lang);
  // The same on a server render (the tests render views to HTML).
  const loaded = useSyncExternalStore(subscribeToLoadedLanguages, isLoaded, isLoaded);
  useEffect(() => {
    loadLanguage(lang).catch(() => undefined);
  }, [lang]);
  return loaded ? lang : DEFAULT_LANGUAGE;
}

/** Provides the text and number formats of `lang` to the tree below. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }): ReactNode {
  const shown = useLoadedLanguage(lang);
  const value = useMemo(() => createI18n(shown), [shown]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The current language's `t` and number formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

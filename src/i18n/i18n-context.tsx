import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import type { I18n } from './create-i18n.ts';
import { createI18n } from './create-i18n.ts';
import type { Language } from './languages.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';

const I18nContext = createContext<I18n>(createI18n(DEFAULT_LANGUAGE));

/** Provides the text and number formats of `lang` to the tree below. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }): ReactNode {
  const value = useMemo(() => createI18n(lang), [lang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The current language's `t` and number formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

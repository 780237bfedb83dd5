import { formatNumber, formatPercent, formatPeriod, formatRank, formatSignedNumber } from './format.ts';
import type { Language } from './languages.ts';
import { messagesOf } from './dictionaries.ts';
import { LOCALES } from './languages.ts';
import type { Translate } from './translate.ts';
import { translate } from './translate.ts';

/** Everything the UI and the chart builders need to speak one language. */
export interface I18n {
  readonly lang: Language;
  readonly locale: string;
  readonly t: Translate;
  readonly formatNumber: (value: number | null | undefined, digits?: number) => string;
  readonly formatSignedNumber: (value: number | null | undefined, digits?: number) => string;
  readonly formatPercent: (share: number | null | undefined, digits?: number) => string;
  readonly formatRank: (rank: number | null | undefined, count: number | null | undefined) => string;
  /** A period label ('2025-Q4') as offices write it ("Quý IV/2025", "Q4 2025"). */
  readonly formatPeriod: (period: string) => string;
}

/** Binds the dictionary and the number formats of `lang` (its text loaded: dictionaries.ts); usable in Node tests. */
export function createI18n(lang: Language): I18n {
  const messages = messagesOf(lang);
  return {
    lang,
    locale: LOCALES[lang],
    t: (key, args) => translate(messages, key, args),
    formatNumber: (value, digits) => formatNumber(lang, value, digits),
    formatSignedNumber: (value, digits) => formatSignedNumber(lang, value, digits),
    formatPercent: (share, digits) => formatPercent(lang, share, digits),
    formatRank,
    formatPeriod: (period) => formatPeriod(period, lang),
  };
}

/** The UI languages; Vietnamese first, as the default. */
export const LANGUAGES = ['vi', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'vi';

/** BCP 47 locale used by Intl for each UI language. */
export const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** Narrows an arbitrary string to a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

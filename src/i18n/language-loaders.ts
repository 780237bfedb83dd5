// The languages whose text is a chunk of its own, loaded when a page is shown in them: a page in Vietnamese (the
// default, in the first view's code) does not wait for the English text. Free of the dictionaries themselves, so
// the entry can start the download next to the shell's.
import type { Language } from './languages.ts';
import type { Messages } from './vi.ts';

/** Each language loaded later, with the import of its dictionary (the same module each time it is asked). */
export const LATER_LANGUAGES: Readonly<Partial<Record<Language, () => Promise<Messages>>>> = {
  en: async () => (await import('./en.ts')).en,
};

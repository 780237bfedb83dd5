// Each language's text, as far as it has loaded: Vietnamese always (the default), the others once loadLanguage
// has fetched them (language-loaders.ts).
import { LATER_LANGUAGES } from './language-loaders.ts';
import type { Language } from './languages.ts';
import { vi, type Messages } from './vi.ts';

const loaded = new Map<Language, Messages>([['vi', vi]]);
const loading = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever a language's text has loaded (useSyncExternalStore's subscribe); returns the unsubscribe. */
export function subscribeToLoadedLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads `lang`'s text, once; a failed download (offline before the service worker) is tried again next time. */
export function loadLanguage(lang: Language): Promise<void> {
  const load = LATER_LANGUAGES[lang];
  if (loaded.has(lang) || load === undefined) return Promise.resolve();
  let pending = loading.get(lang);
  if (pending === undefined) {
    pending = load().then((messages) => {
      loaded.set(lang, messages);
      listeners.forEach((listener) => listener());
    });
    pending.catch(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/** Whether `lang`'s text is there to show. */
export const isLanguageLoaded = (lang: Language): boolean => loaded.has(lang);

/** `lang`'s text; for a language loaded later, loadLanguage must have resolved first. */
export function messagesOf(lang: Language): Messages {
  const messages = loaded.get(lang);
  if (messages === undefined)
    throw new Error(`The ${lang} text has not loaded: await loadLanguage('${lang}') before showing it.`);
  return messages;
}

// A language loaded later (English): its text is there once loadLanguage has resolved, and not before; the
// shell hears of it (subscribeToLoadedLanguages) to show it.
import { describe, expect, it, vi } from 'vitest';
import type * as Dictionaries from '../../src/i18n/dictionaries.ts';

/** The dictionaries module as a page starts with it (the setup file loaded every language in the shared one). */
async function freshDictionaries(): Promise<typeof Dictionaries> {
  vi.resetModules();
  return import('../../src/i18n/dictionaries.ts');
}

describe('loadLanguage', () => {
  it('has Vietnamese from the start and English only once loaded, telling its listeners', async () => {
    const dictionaries = await freshDictionaries();
    expect(dictionaries.messagesOf('vi')['sample.badge']).toBe('Dữ liệu minh họa');
    expect(dictionaries.isLanguageLoaded('en')).toBe(false);
    expect(() => dictionaries.messagesOf('en')).toThrow(/en text has not loaded/);
    const heard = vi.fn();
    const unsubscribe = dictionaries.subscribeToLoadedLanguages(heard);
    // Two asks share one download.
    const first = dictionaries.loadLanguage('en');
    expect(dictionaries.loadLanguage('en')).toBe(first);
    await first;
    unsubscribe();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(dictionaries.isLanguageLoaded('en')).toBe(true);
    expect(dictionaries.messagesOf('en')['sample.badge']).toBe('Sample data');
  });

  it('makes createI18n refuse a language whose text has not loaded, rather than show another', async () => {
    await freshDictionaries();
    const { createI18n } = await import('../../src/i18n/create-i18n.ts');
    expect(createI18n('vi').t('sample.badge')).toBe('Dữ liệu minh họa');
    expect(() => createI18n('en')).toThrow(/loadLanguage/);
  });
});

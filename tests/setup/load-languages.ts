// Every language's text loaded before a unit test runs: the app loads English when a page is shown in it
// (src/i18n/dictionaries.ts), and the tests make English documents and texts directly.
import { loadLanguage } from '../../src/i18n/dictionaries.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

await Promise.all(LANGUAGES.map(loadLanguage));

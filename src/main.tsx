// The entry chunk is kept small: it starts DuckDB (its worker fetches and compiles the 33 MB wasm, most
// of the time to a live answer) and the download of the first-screen seed (real figures computed at
// build time, shown while the engine loads), then loads React and the shell, and next to them the code of the
// view the URL names and the chart canvas (each view and ECharts are chunks of their own).

import { writePaletteProperties } from './charts/palette-properties.ts';
import { listenToOtherTabs, startDatabase } from './session/database-start.ts';
import { fetchFirstScreenSeed } from './prerender/fetch-first-screen-seed.ts';
import { preloadViewIn } from './app/view-modules.ts';
import { LATER_LANGUAGES } from './i18n/language-loaders.ts';
import { languageNamedIn } from './state/named-in-url.ts';
import { LOCALES } from './i18n/languages.ts';
import { warmIntl } from './i18n/warm-intl.ts';
import './app/app.css';

// The style sheets' palette colours (var(--palette-…)), set before anything is drawn.
writePaletteProperties(document.documentElement.style);

// Failures are reported through the database store's 'error' status, shown in the page.
startDatabase().catch(() => undefined);
// Another tab's import or reset reloads this tab's data (src/session/tab-sync.ts).
listenToOtherTabs();
void fetchFirstScreenSeed();

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element.');

void import('./app/providers.tsx').then(({ mountApp }) => mountApp(rootElement));
preloadViewIn(window.location.search);
const language = languageNamedIn(window.location.search);
// ICU's first collator (10-20 ms), set up while the shell's code downloads, not in its render.
warmIntl(LOCALES[language]);
// A page in English fetches its text next to the shell (which waits for it: providers.tsx).
LATER_LANGUAGES[language]?.().catch(() => undefined);

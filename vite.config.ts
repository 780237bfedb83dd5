import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { WORKER_ENTRY_CACHE_NAME, WORKER_ENTRY_PATTERN } from './src/app/service-worker-cache.ts';
import { WASM_HTTP_CACHE_SW_SCRIPT } from './src/db/wasm-code-cache.ts';
import { en as englishText } from './src/i18n/en.ts';
import { vi as vietnameseText } from './src/i18n/vi.ts';
import { CONTENT_SECURITY_POLICY } from './src/server/content-security-policy.ts';
import { dictionaryModule } from './src/server/dictionary-module.ts';
import {
  assetFileName,
  chunkFileName,
  FIRST_USE_CACHE_NAME,
  FIRST_USE_GLOB,
  FIRST_USE_SW_FILE,
  FIRST_USE_URL,
  firstUseCarryOverScript,
  firstUseFilesByTool,
  isFirstUseFile,
  precachedChunksImportingFirstUse,
} from './src/server/first-use-tools.ts';
import { createLibraryFreeTest } from './src/server/library-free-modules.ts';
import { precompressDirectory } from './src/server/precompress.ts';
import { shellPreloadFiles } from './src/server/shell-preloads.ts';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** The app's own small shared layers, which go in one chunk whatever they import (React at most). */
const SHARED_LAYERS = /[\\/]src[\\/](state|domain|i18n|queries|components|views[\\/]shared)[\\/]/;
/** The Vietnamese dictionary and its areas (not the English ones under areas/en/). */
const UI_TEXT_VI = /[\\/]src[\\/]i18n[\\/](vi\.ts|areas[\\/][\w-]+\.ts)$/;
/** Layers whose small shared modules join that chunk only when they import no library (charts/ holds ECharts'). */
const LEAF_LAYERS = /[\\/]src[\\/](charts|db|storage)[\\/]/;
const isLibraryFree = createLibraryFreeTest();

/** The service worker's script that keeps a desk tool used with an earlier version after an update. */
const firstUseCarryOver = (): Plugin => ({
  name: 'papi-first-use-carry-over',
  apply: 'build',
  // After every other file is in the bundle (the workers' chunks arrive in it as assets).
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const files = firstUseFilesByTool(Object.keys(bundle).filter(isFirstUseFile));
      this.emitFile({ type: 'asset', fileName: FIRST_USE_SW_FILE, source: firstUseCarryOverScript(files) });
    },
  },
});

/** Each language's text as one JSON.parse (src/server/dictionary-module.ts), not the areas' object literal. */
const dictionariesAsJson = (): Plugin => {
  const modules = new Map([
    [fromRoot('./src/i18n/vi.ts'), dictionaryModule('vi', vietnameseText)],
    [fromRoot('./src/i18n/en.ts'), dictionaryModule('en', englishText)],
  ]);
  return { name: 'papi-dictionaries-as-json', apply: 'build', load: (id) => modules.get(id) ?? null };
};

/** Fails the build when a precached chunk imports a desk tool's chunk statically (src/server/first-use-tools.ts). */
const firstUseToolsStayLazy = (): Plugin => ({
  name: 'papi-first-use-tools-stay-lazy',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
    const eager = precachedChunksImportingFirstUse(chunks);
    if (eager.length > 0)
      this.error(`A precached chunk imports a first-use tool statically: ${eager.join(', ')}.`);
  },
});

const contentSecurityPolicy = (): Plugin => ({
  name: 'papi-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/** The shell's module: the entry imports it with import(), so index.html does not list its chunks by itself. */
const SHELL_MODULE = /[\\/]src[\\/]app[\\/]providers\.tsx$/;

/**
 * Links index.html to the shell's chunks (`<link rel="modulepreload">`), so the browser fetches them next to the
 * entry instead of once it has run (Vite's own preload of an import() starts then). Every page loads the shell; the
 * view the URL names is left to the entry. 'post': the handler needs the finished bundle's chunks.
 */
const preloadShell = (): Plugin => ({
  name: 'papi-preload-shell',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle }) => {
      if (bundle === undefined) return [];
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      return shellPreloadFiles(chunks, (id) => SHELL_MODULE.test(id)).map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
        injectTo: 'head' as const,
      }));
    },
  },
});

/**
 * A module `id` whose default export the build computes (`source` gives its code); the dev server and the tests,
 * which ship none of the build's outputs, get `null`.
 */
const builtModule = (
  name: string,
  id: string,
  source: (context: Rollup.PluginContext) => Promise<string>,
  more: Partial<Plugin> = {},
): Plugin => {
  let building = false;
  return {
    name,
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (requested) => (requested === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      return building ? `export default ${await source(this)};` : 'export default null;';
    },
    ...more,
  };
};

/**
 * Emits dist/first-screen/*.json, the seed's parts: the first screen's answers computed on Node DuckDB from the bundled data
 * (data/scripts/build-first-screen-seed.ts), cached under node_modules/.cache by the hash of its inputs and
 * shared with the unit test that checks it (data/scripts/first-screen-seed-cache.ts). Gives the app the seed's
 * version (`virtual:first-screen-seed-version`), so it knows a seed built with it from another build's.
 */
const firstScreenSeed = (): Plugin =>
  builtModule(
    'papi-first-screen-seed',
    'virtual:first-screen-seed-version',
    async () => {
      const { firstScreenSeedVersion } = await import('./data/scripts/first-screen-seed-cache.ts');
      return JSON.stringify(firstScreenSeedVersion());
    },
    {
      // Only a build bundles.
      async generateBundle() {
        const { cachedFirstScreenSeed } = await import('./data/scripts/first-screen-seed-cache.ts');
        for (const { file, json } of (await cachedFirstScreenSeed()).values())
          this.emitFile({ type: 'asset', fileName: file, source: json });
      },
    },
  );

/**
 * Emits the bundled database (dist/assets/bundled-<hash>.duckdb: the bundled data loaded, its derived tables, views and
 * macros built, on Node DuckDB with the app's SQL: data/scripts/build-bundled-database.ts), cached like the seed, and
 * gives the app its URL (`virtual:bundled-database-url`), so a start copies it in instead of reading the CSVs and
 * computing the derived tables. A hashed name: the service worker's precache then takes the page's download from the
 * HTTP cache instead of fetching it again under a revisioned URL. The dev server ships none (its module gives null):
 * a start there reads the CSVs and runs the SQL.
 */
const bundledDatabase = (): Plugin =>
  builtModule('papi-bundled-database', 'virtual:bundled-database-url', async (context) => {
    const { cachedBundledDatabase } = await import('./data/scripts/bundled-database-cache.ts');
    const { BUNDLED_DATABASE_FILE } = await import('./src/ingest/bundled-database-file.ts');
    const reference = context.emitFile({
      type: 'asset',
      name: BUNDLED_DATABASE_FILE,
      source: await cachedBundledDatabase(),
    });
    return `import.meta.ROLLUP_FILE_URL_${reference}`;
  });

/** DuckDB's exception-handling worker script as its package ships it. */
const DUCKDB_EH_WORKER = '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';

/**
 * Emits DuckDB's exception-handling worker patched (src/server/duckdb-worker-patches.ts: its start-up skips work on
 * the wasm's 75,011 exports that the app never uses) and gives the app its URL (`virtual:duckdb-eh-worker-url`), so
 * the build ships that worker and not the stock one. The dev server and the tests get the stock script's URL.
 */
const patchedDuckDBWorker = (): Plugin => {
  const id = 'virtual:duckdb-eh-worker-url';
  let building = false;
  return {
    name: 'papi-patched-duckdb-worker',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (requested) => (requested === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      if (!building) return `export { default } from '${DUCKDB_EH_WORKER}?url';`;
      const { createRequire } = await import('node:module');
      const { readFile } = await import('node:fs/promises');
      const { patchDuckDBWorker } = await import('./src/server/duckdb-worker-patches.ts');
      const file = createRequire(import.meta.url).resolve(DUCKDB_EH_WORKER);
      const reference = this.emitFile({
        type: 'asset',
        name: path.basename(file),
        source: patchDuckDBWorker(await readFile(file, 'utf8')),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
};

/** The service worker's script that lets DuckDB's wasm request reach the HTTP cache (src/db/wasm-code-cache.ts). */
const WASM_HTTP_CACHE_SW_FILE = 'sw-wasm-http-cache.js';

const wasmHttpCacheServiceWorkerScript = (): Plugin => ({
  name: 'papi-wasm-http-cache-sw-script',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: WASM_HTTP_CACHE_SW_FILE, source: WASM_HTTP_CACHE_SW_SCRIPT });
  },
});

/**
 * Writes file.br and file.gz next to every compressible file of the build's output folder, after everything
 * else (the service worker too). The folder is the one the build wrote (`--outDir` too): a build elsewhere
 * left uncompressed, measured through the server, downloads the 33 MB wasm raw.
 */
const precompress = (): Plugin => {
  let outDir = fromRoot('./dist');
  return {
    name: 'papi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressDirectory(outDir);
      },
    },
  };
};

// index.html lives in src/ so the repository's top level stays as agreed (src, public, data, seeds, tests).
export default defineConfig({
  root: fromRoot('./src'),
  publicDir: fromRoot('./public'),
  base: './',
  plugins: [
    react(),
    dictionariesAsJson(),
    contentSecurityPolicy(),
    firstUseToolsStayLazy(),
    firstUseCarryOver(),
    preloadShell(),
    firstScreenSeed(),
    bundledDatabase(),
    patchedDuckDBWorker(),
    wasmHttpCacheServiceWorkerScript(),
    // Precaches the shell, the wasm and the bundled data: a second visit needs no network, and the app
    // works offline. 'prompt': a new version waits until the user accepts (src/app/update-prompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        // woff2: the export font (Be Vietnam Pro), which the page itself never loads before a first export, so
        // exports work offline after one visit; the export libraries (pptxgenjs, docx, ExcelJS) are lazy .js
        // chunks, precached with the rest. duckdb: the bundled database.
        globPatterns: ['**/*.{js,mjs,css,html,wasm,csv,json,woff2,duckdb}'],
        // Chromium, Firefox and Safari 15.2+ run the exception-handling build; older browsers fetch the MVP one.
        // The desk tools (the PDF and Word plan readers, the SQL console) are cached when first used instead.
        globIgnores: ['**/*.map', '**/duckdb-mvp*.wasm', '**/duckdb-browser-mvp.worker*.js', FIRST_USE_GLOB],
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The worker entry keeps its ?script= query (src/app/service-worker-cache.ts).
        runtimeCaching: [
          {
            urlPattern: WORKER_ENTRY_PATTERN,
            handler: 'CacheFirst',
            options: { cacheName: WORKER_ENTRY_CACHE_NAME },
          },
          // A desk tool's files, kept from their first use on; an update fetches the new version's files of the
          // tools used and drops the old ones (FIRST_USE_SW_FILE).
          {
            urlPattern: FIRST_USE_URL,
            handler: 'CacheFirst',
            options: { cacheName: FIRST_USE_CACHE_NAME },
          },
        ],
        cleanupOutdatedCaches: true,
        // Before Workbox's routes: DuckDB's wasm request marked for the HTTP cache, where its compiled code is;
        // then the desk tools used with an earlier version, fetched again with a new one.
        importScripts: [WASM_HTTP_CACHE_SW_FILE, FIRST_USE_SW_FILE],
      },
    }),
    precompress(),
  ],
  // The wasm's decompressed sizes, for the download bar (src/db/duckdb-wasm-bytes.ts).
  define: {
    __DUCKDB_WASM_BYTES__: JSON.stringify({
      eh: statSync(fromRoot('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')).size,
      mvp: statSync(fromRoot('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm')).size,
    }),
  },
  // The DuckDB package ships its own workers and wasm; pre-bundling breaks their relative URLs.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { fs: { allow: [fromRoot('.')] } },
  // The file-reading worker (src/ingest/read/worker) loads SheetJS on demand: a module worker can split chunks.
  worker: {
    format: 'es',
    plugins: () => [firstUseToolsStayLazy()],
    rolldownOptions: { output: { chunkFileNames: chunkFileName } },
  },
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        assetFileNames: assetFileName,
        // The views, the shell and the chart canvas are chunks loaded side by side, so every small module two of
        // them share became a chunk of its own: a first visit asked for some 60 files, and over HTTP/1.1's six
        // connections the seed and the shell waited in line behind them (the Overview's code ended at ~2 s on
        // loopback). The small shared modules of the app's own layers go in one chunk ('app-shared'); the
        // entry's own modules stay in the entry ('boot', first), so the entry never waits for that chunk.
        // Without their dependencies: a small module that imports ECharts or a writer library would otherwise pull
        // it in (tests/e2e/first-view-chunks.e2e.ts fails then). Of charts/, db/ and storage/ only the small
        // modules that import no library, even through what they import, join it (src/server/library-free-modules.ts):
        // 14 files of a few hundred bytes each (escape-html, year-span, query-error…) were chunks of their own, 65
        // JS files became 51, and a second visit, whose scripts each pass through the service worker, showed its
        // first figures ~40-70 ms sooner (three alternating runs of 6 visits each, tests/.tmp/ab-visits.ts),
        // for 2 KB gzip more before the first figures. Exports and ingest stay out: their small modules import
        // heavy libraries.
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 2 },
            // The Vietnamese text, which every page shows (the English is a chunk the page loads when shown in
            // English, src/i18n/language-loaders.ts). Named, or the chunk took the name of one of its modules
            // (areas/plan-view.ts made a second 'plan-view' chunk).
            { name: 'ui-text-vi', test: UI_TEXT_VI, priority: 1 },
            {
              name: 'app-shared',
              test: (id) => SHARED_LAYERS.test(id) || (LEAF_LAYERS.test(id) && isLibraryFree(id)),
              minShareCount: 2,
              maxModuleSize: 6 * 1024,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false },
  test: {
    root: fromRoot('.'),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Loads the bundled data set once per run for createLoadedConnector (tests/helpers/data-files.ts).
          globalSetup: ['tests/setup/bundled-database-dump.ts'],
          // Every DuckDB test compiles the 34 MB wasm; V8's optimising tier then recompiles its hot functions
          // on background threads, more CPU than the short queries of a test win back. The baseline compiler
          // alone (same semantics) halves the CPU of starting and loading an engine.
          execArgv: ['--liftoff-only'],
          // Files run one after another in the same worker process, instead of each in a fresh one whose
          // start and module imports cost more than most files' tests; the setup file undoes each file's
          // stubs and fakes when it ends.
          isolate: false,
          setupFiles: [
            'tests/setup/leave-globals-as-found.ts',
            'tests/setup/load-languages.ts',
            // Node has no Worker: the file-reading worker's code runs in-thread, through its messages.
            'tests/setup/read-worker-in-thread.ts',
          ],
          // Vitest's default on 2 cores is one worker: the files then run one after another while much of
          // each one's time is spent starting DuckDB, which a second worker overlaps.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time, each with its own server (own origin, own storage) and its own browser
          // profile: nothing is shared between them. E2E_WORKERS=1 runs them one after another.
          maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
          // A failed check shows the whole value: a page error recorded in a browser test is otherwise cut to
          // its first words, and one seen once under load cannot be placed.
          chaiConfig: { truncateThreshold: 0 },
        },
      },
    ],
  },
});

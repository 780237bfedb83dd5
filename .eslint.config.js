// ESLint flat config (a dotfile so the repository's top level stays as agreed; run with -c).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { readdirSync } from 'node:fs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import direction, one zone per folder of src/ (bulletproof-react style): each layer lists the only
 * folders it may import from; every other folder of src/ is forbidden to it, a new folder included until
 * it is listed here. db is the engine alone; console is the SQL console's side of it; storage is this
 * browser's IndexedDB; session (start, load, import, reset) joins the engine, ingest and storage.
 * views and app may import any layer; app, prerender and server have zones of their own below.
 */
const ALLOWED_IMPORTS = {
  domain: [],
  i18n: ['domain'],
  db: ['domain'],
  console: ['db', 'domain'],
  storage: ['domain', 'ingest'],
  ingest: ['db', 'domain', 'i18n'],
  session: ['db', 'domain', 'i18n', 'ingest', 'storage'],
  charts: ['domain', 'export', 'i18n'],
  state: ['domain', 'i18n'],
  queries: ['db', 'domain', 'i18n', 'ingest', 'session', 'storage'],
  components: ['charts', 'db', 'domain', 'export', 'i18n', 'session'],
  export: [
    'charts',
    'components',
    'console',
    'db',
    'domain',
    'i18n',
    'ingest',
    'queries',
    'session',
    'state',
    'storage',
  ],
  // state: the seed answers the views' default URL parameters, decided there.
  prerender: ['db', 'domain', 'i18n', 'ingest', 'queries', 'session', 'state', 'storage'],
};

/** Folders whose importers are ruled by a zone of their own (appZone, prerenderZone, serverZone). */
const OWN_ZONE_FOLDERS = new Set(['app', 'prerender', 'server']);

const SRC_FOLDERS = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = Object.entries(ALLOWED_IMPORTS).flatMap(([layer, allowed]) =>
  SRC_FOLDERS.filter((from) => from !== layer && !allowed.includes(from) && !OWN_ZONE_FOLDERS.has(from)).map(
    (from) => ({
      target: `./src/${layer}`,
      from: `./src/${from}`,
      message: `src/${layer} must not import from src/${from} (see the layers in .eslint.config.js).`,
    }),
  ),
);

/** Every folder of src/ but app itself: only src/main.tsx (outside any folder) may import the shell. */
const appZone = {
  target: './src/!(app)/**',
  from: './src/app',
  message: 'Only src/main.tsx imports from src/app.',
};

/** The static server and the build steps run in Node (vite.config.ts, npm start, the bench): never in the page. */
const serverZone = {
  target: ['./src/!(server)/**', './src/main.tsx'],
  from: './src/server',
  message: 'src/server is Node-only: the browser app must not import it.',
};

/** The first-screen seed is wired by the shell alone (main.tsx starts its download, app/ hydrates it). */
const prerenderZone = {
  target: './src/!(app|prerender)/**',
  from: './src/prerender',
  message: 'Only the shell (src/app, src/main.tsx) imports from src/prerender.',
};

/** The seed's questions run in Node at build time (data/scripts/build-first-screen-seed.ts); the page reads the answers. */
const seedBuildZone = {
  target: './src/**',
  from: './src/prerender/first-screen-queries.ts',
  message:
    'src/prerender/first-screen-queries.ts runs at build time in Node: the browser app must not import it.',
};

/**
 * The file-reading worker's side (its readers: SheetJS, mammoth) is imported by the worker's entry alone: a page
 * module importing it would put a second copy of each reader in the build, for the service worker to precache.
 */
const readWorkerZone = {
  target: [
    './src/!(ingest)/**',
    './src/main.tsx',
    './src/ingest/!(read)/**',
    './src/ingest/read/*.ts',
    './src/ingest/read/worker/!(read-worker).ts',
  ],
  from: './src/ingest/read/worker/answer-read-request.ts',
  message:
    'Only the worker (read-worker.ts) imports answer-read-request.ts: the page asks through file-reading.ts.',
};

/**
 * A view folder imports its own files and src/views/shared, never another view's (what two views share
 * moves); views/shared itself imports no view.
 */
const VIEW_FOLDERS = readdirSync(new URL('./src/views/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const viewZones = VIEW_FOLDERS.map((view) => ({
  target: `./src/views/${view}`,
  from: `./src/views/!(shared|${view})/**`,
  message: `src/views/${view} must not import another view: move what they share to src/views/shared or src/components.`,
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/.artifacts', 'tests/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Lets no-cycle parse the TypeScript files an import leads to (as import-x's typescript preset does).
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Every relative import names its file, as Node and Vite's native config loader need (vite.config.ts
      // imports the seed's builders, and through them src/): one convention, and no warning per import.
      'import-x/extensions': ['error', 'ignorePackages', { checkTypeImports: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            ...layerZones,
            appZone,
            serverZone,
            prerenderZone,
            seedBuildZone,
            readWorkerZone,
            ...viewZones,
          ],
        },
      ],
    },
  },
);

// ESLint flat config (a dotfile so the repository's top level stays as agreed; run with -c).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import direction, one zone per folder of src/ (bulletproof-react style): each layer lists the
 * folders it must never import from. Lower layers never reach up into UI layers, and nothing but
 * src/main.tsx imports src/app (the shell and its providers).
 */
const FORBIDDEN_IMPORTS = {
  domain: ['views', 'components', 'hooks', 'queries', 'db', 'charts', 'export', 'state', 'ingest', 'i18n'],
  i18n: ['views', 'components', 'hooks', 'queries', 'db', 'charts', 'export', 'state', 'ingest'],
  db: ['views', 'components', 'hooks', 'queries', 'charts', 'export', 'state'],
  ingest: ['views', 'components', 'hooks', 'queries', 'charts', 'export', 'state'],
  charts: ['views', 'components', 'hooks', 'queries', 'db', 'state', 'ingest'],
  state: ['views', 'components', 'hooks', 'queries', 'db', 'charts', 'export', 'ingest'],
  hooks: ['views', 'components', 'queries', 'charts', 'export', 'state', 'ingest'],
  queries: ['views', 'components', 'charts', 'export', 'state'],
  components: ['views', 'queries', 'state', 'ingest'],
  export: ['views'],
};

/** The engine's start-up (src/db/database-start.ts) is the one db module that loads data through ingest. */
const DB_MODULES_USING_INGEST = ['./src/db/database-start.ts'];

const layerZones = Object.entries(FORBIDDEN_IMPORTS).flatMap(([layer, forbidden]) =>
  forbidden.map((from) => ({
    target: `./src/${layer}`,
    from: `./src/${from}`,
    message: `src/${layer} must not import from src/${from} (see the layers in .eslint.config.js).`,
  })),
);

/** Every folder of src/ but app itself: only src/main.tsx (outside any folder) may import the shell. */
const appZone = {
  target: './src/!(app)/**',
  from: './src/app',
  message: 'Only src/main.tsx imports from src/app.',
};

const ingestZone = {
  target: './src/db',
  from: './src/ingest',
  message: 'src/db must not import from src/ingest (only src/db/database-start.ts loads data).',
};

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
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [...layerZones, ingestZone, appZone],
        },
      ],
    },
  },
  {
    // The same zones minus db → ingest, for the one module allowed to cross it.
    files: DB_MODULES_USING_INGEST.map((path) => path.slice(2)),
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [...layerZones, appZone],
        },
      ],
    },
  },
);

// ESLint flat config (a dotfile so the repository's top level stays as agreed; run with -c).
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import direction: lower layers never reach up into UI layers. */
const layerRules = (layer, forbidden) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((target) => ({
          group: [`**/${target}/*`],
          message: `src/${layer} must not import from src/${target}.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/.artifacts'] },
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
  layerRules('domain', [
    'app',
    'views',
    'components',
    'queries',
    'db',
    'charts',
    'export',
    'state',
    'ingest',
  ]),
  layerRules('db', ['app', 'views', 'components', 'queries', 'charts', 'export', 'state']),
  layerRules('charts', ['app', 'views', 'components', 'queries', 'db', 'state']),
  layerRules('ingest', ['app', 'views', 'components', 'charts', 'export', 'state']),
  layerRules('queries', ['views', 'components', 'charts', 'export']),
  layerRules('i18n', ['app', 'views', 'components', 'queries', 'db', 'charts', 'export', 'state', 'ingest']),
);

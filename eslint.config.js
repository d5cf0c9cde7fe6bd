import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The one-way import rules (README.md, "Layout", and each folder's README under src/):
//   app -> features -> (db, domain, ui, crypto); db -> (domain, crypto); crypto -> domain;
//   ui -> domain; domain -> nothing of ours.
// A feature never imports another feature. Only src/db imports Dexie.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  { target: './src/features', from: './src/app', message: 'Features never import the app layer.' },
  {
    target: './src/db',
    from: ['./src/app', './src/features', './src/ui'],
    message: 'db imports only domain and crypto.',
  },
  { target: './src/domain', from: './src', except: ['./domain'], message: 'domain imports nothing of ours.' },
  {
    target: './src/ui',
    from: ['./src/app', './src/features', './src/db', './src/crypto'],
    message: 'ui is presentational.',
  },
  {
    target: './src/crypto',
    from: ['./src/app', './src/features', './src/db', './src/ui'],
    message: 'crypto imports only domain.',
  },
  {
    target: ['./bench', './scripts'],
    from: './tests',
    message: 'Harness code that tests share with bench and scripts lives in tools/.',
  },
  {
    target: './tools',
    from: ['./src', './tests', './bench', './scripts'],
    message: 'tools/ is imported by tests, bench and scripts, and imports none of them.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature; compose them in src/app.',
  })),
];

const dexieImports = [
  { name: 'dexie', message: 'Only src/db talks to IndexedDB; use a repository.' },
  { name: 'dexie-react-hooks', message: 'Use useLiveData from src/db/live.ts in a feature hook.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-next',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      // Virtual modules are made by Vite plugins at build time.
      'import-x/ignore': ['^virtual:'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unresolved': ['error', { ignore: ['^virtual:'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Journal text must never reach a log; use visible, kind messages instead.
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: dexieImports }] },
  },
  {
    // Components render what a feature hook hands them; reading is the hook's job. (Repeats
    // the Dexie paths: a later setting of a rule replaces an earlier one, it doesn't add to it.)
    files: ['src/features/**/components/**/*.{ts,tsx}', 'src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: dexieImports,
          patterns: [
            {
              group: ['**/db/live', '**/db/read-once', '**/db/use-record-once'],
              message: 'Read data in a feature hook (features/<name>/hooks/use-*.ts), and call that hook here.',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes are a contract: every address is made by src/ui/paths.ts, whose patterns the route
    // table uses too, so a link cannot point at a screen that isn't there. An app address is a
    // string starting "/" and a lowercase letter, or "/" alone (Today), or a template starting
    // so; "/" as an argument to split or join is a separator. couch-client.ts builds the paths
    // of the CouchDB HTTP API on the person's own server, which are not addresses in this app.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/paths.ts', 'src/features/sync/couch-client.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Literal[value=/^\\/([a-z]|$)/]:not(CallExpression[callee.property.name=/^(split|join)$/] > Literal)',
          message: 'Make addresses with paths from src/ui/paths.ts, not by hand.',
        },
        {
          selector: 'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/([a-z]|$)/]',
          message: 'Make addresses with paths from src/ui/paths.ts, not by hand.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'bench/**', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Every e2e test starts at a pinned moment, never at today's date (tests/e2e/fixtures.ts).
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              message: "Import test and expect from './fixtures': its pages start at the pinned moment.",
            },
          ],
        },
      ],
    },
  },
);

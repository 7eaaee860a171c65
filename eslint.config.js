// @ts-check
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['water-quality', 'sewers', 'data', 'brief', 'map'];

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '*.tmp.mjs'],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // Dependencies are not parsed for cycles: PGlite's bundle overflows the parser's stack.
      'import-x/ignore': ['node_modules'],
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      'import-x/no-cycle': 'error',
      // Imports go one way: shared → features → app; features never import each other; the app never reaches into mocks
      // except main.tsx, which starts the worker.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features must not import each other; compose them in src/app.',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not import the app: what several features share lives in a shared layer.',
            },
            {
              target: [
                './src/api',
                './src/charts',
                './src/components',
                './src/domain',
                './src/export',
                './src/i18n',
                './src/config',
                './src/import',
                './src/contract',
                './src/routing',
                './src/stories',
              ],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not import features or the app.',
            },
            {
              target: './src',
              from: './mocks',
              except: [],
              message: 'Only src/main.tsx and the test helpers may load the mock API.',
            },
            {
              target: './src/charts',
              from: './src/api',
              message: 'Option builders take input types of their own; the features map API answers to them.',
            },
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'The domain is pure: it imports nothing of the app but the domain.',
            },
            {
              target: './src/contract',
              from: ['./src/api', './src/charts', './src/components', './src/import', './src/i18n', './server'],
              message: "The contract's routes are host-free: they read a dataset and the domain, nothing of a host.",
            },
            {
              target: './mocks',
              from: [
                './src/app',
                './src/features',
                './src/charts',
                './src/components',
                './src/routing',
                './src/stories',
              ],
              message: 'The mock serves the contract from a dataset; it holds nothing of the page.',
            },
            {
              target: './src',
              from: './server',
              message: 'The app never imports the server: it reaches it over HTTP.',
            },
            {
              target: './server',
              from: ['./src/app', './src/features', './src/charts', './src/components', './mocks'],
              message:
                'The server serves the contract from src/contract and the domain; it holds nothing of the page or the mock.',
            },
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,mocks,tests,data,server}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/main.tsx', 'src/testing/**', '**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

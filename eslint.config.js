import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['server/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // One-way imports: app → features → components and lib. Relative paths, so the plain Node
    // resolver with TypeScript's extensions finds every module; `import type` is not followed.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: ['src/lib', 'src/components'],
              from: ['src/features', 'src/app'],
              message: 'lib and components are the bottom layer: they import no feature and not the app.',
            },
            {
              target: 'src/features',
              from: 'src/app',
              message: 'Features do not import the app; the app composes features.',
            },
            {
              target: 'src/features/credentials/api',
              from: 'src/features/credentials',
              except: ['./api'],
              message: 'credentials/api is the bottom of the credentials feature: it imports only lib.',
            },
            {
              // The bulk bar in delete offers "validate all"; validate needs nothing from delete.
              target: 'src/features/credentials/validate',
              from: 'src/features/credentials/delete',
              message: 'validate does not import delete (delete may import validate): move a shared piece down.',
            },
          ],
        },
      ],
    },
  },
  {
    // Nothing imports a test, so no cycle can pass through one: skip the rule's graph walk there.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.spec.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);

import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

/** Imports flow one way: lib, dataset, store, components -> panels -> app. */
const noUpwardImports = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((regex) => ({ regex, message })) }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/screenshots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/{lib,dataset,store,components,testing}/**/*.{ts,tsx}'],
    rules: noUpwardImports('Shared code must not depend on panels or the app.', [
      '(^|/)panels/',
      '(^|/)app/',
    ]),
  },
  {
    files: ['src/panels/**/*.{ts,tsx}'],
    rules: noUpwardImports('A panel imports shared code only: never another panel or the app.', [
      '^\\.\\./(?!\\.\\./)',
      '(^|/)app/',
    ]),
  },
);

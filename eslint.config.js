// Type-aware lint for TypeScript and Astro files, the browser scripts (src/scripts, bundled and inlined) included.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-fixtures/', '.astro/', 'node_modules/', 'bench/out/', 'test-results/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs.recommended,
  {
    files: ['eslint.config.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.astro'],
    ignores: ['src/scripts/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // They run in the page: browser globals only.
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // Non-null assertions are how tests state "this element exists"; failures show up as test errors.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Control characters are what OCR clean-up, binary detection and ANSI stripping look for.
      'no-control-regex': 'off',
      // Chinese text in code (full-width spaces „　“) is data, not layout.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true }],
      // `_` marks a deliberately unused binding; an unused catch parameter documents what is ignored.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.astro'],
    rules: {
      // Numbers in messages and paths are what templates are for.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(x) => void f(x)` callbacks read better in short arrow form.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // eslint-plugin-astro gives template expressions no types, so every JSX map() "returns any".
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);

// Type-aware lint for TypeScript and Astro files; browser scripts are plain JS run inline.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/out/', 'test-results/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    files: ['src/scripts/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.astro'],
    languageOptions: { globals: globals.node },
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
);

/**
 * @musaeid/eslint-config/base: one flat config for every package (`eslint.config.js` spreads it).
 *
 * typescript-eslint's type-aware `recommendedTypeChecked` set, with the rules that catch real faults
 * in a server made errors: promises nobody awaits or that are handed to callbacks expecting void,
 * switches over a union that miss a member. Plain JavaScript files (configs, bin shims) are linted
 * without type information.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/.generated/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off: an `async` method that implements a Promise-returning interface without awaiting is
      // correct code (it turns a throw into a rejection); the promise rules above catch the real faults.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read recorded JSON bodies and pass mocked methods to `expect`: the `any` and
    // unbound-method rules flag the idiom, not faults, there.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/testing/**/*.ts', '**/*.testkit.ts', '**/testkit.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);

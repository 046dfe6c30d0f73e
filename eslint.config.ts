import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/dist-builds/**', '**/.astro/**', '.data/**', '.cache/**', 'content/**/solutions/**', 'content/**/starters/**', 'grader-image/example-test-code/**', 'k6/**', 'programming-ui/**/*.svelte', 'programming-ui/**/*.astro'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'test-kit/**', '**/bench/**', '**/*.test.ts', '**/test/**', 'e2e-playwright/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests index into fixtures they just built; an assertion that fails is the test failing.
    files: ['**/*.test.ts', '**/test/**', '**/bench/**', 'e2e-playwright/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

// @ts-check
/**
 * ESLint flat config: typescript-eslint recommended plus the type-aware promise
 * rules (a forgotten or misused promise is how async bugs hide: an unhandled
 * rejection, a listener whose error nobody sees), Lit and Lit a11y recommended
 * for src/ and test/. Formatting is Prettier's job (`prettier --check` in
 * `npm run lint`).
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

const litFiles = ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'demo/**/*.js'];

export default defineConfig(
  {
    ignores: ['dist/**', 'coverage/**', '.bench/**', 'node_modules/**', 'custom-elements.json', 'demo/dist/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (callback signatures, rest omits).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `import type` is enforced by `verbatimModuleSyntax` in tsc already.
      '@typescript-eslint/consistent-type-imports': 'off',
      // `declare global { interface HTMLElementTagNameMap … }` needs namespaces-like syntax only.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Type-aware rules read the TypeScript program (tsconfig.json), ~10 s per run.
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'scripts/**/*.ts', 'vite.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test runs what describe()/it() return itself.
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after'] },
            // @open-wc/testing types chai's `equal` as a promise (for DOM snapshots); plain values compare at once.
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: ['equal', 'eq', 'equals', 'Equal'] },
          ],
        },
      ],
      // Lit's `@event=${this.onSubmit}` listeners may be async: Lit ignores their result,
      // and each one handles its own errors. Everything else must not pass a promise
      // where a plain value is expected.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: litFiles,
    ...lit.configs['flat/recommended'],
  },
  {
    files: litFiles,
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'test/elements/**/*.ts', 'test/state/**/*.ts', 'demo/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Node-side code: tooling, configs, Node tests, the Node mock server.
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**/*.{js,mjs,ts}',
      'bin/**/*.js',
      'test/core/**/*.ts',
      'test/util/**/*.ts',
      'test/adapter/**/*.ts',
      'test/mock/**/*.ts',
      'test/conformance/**/*.ts',
      'src/mock/node-server.ts',
      'src/conformance/cli.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests poke at internals and use chai's `expect(x).to.be.true` style.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'off',
    },
  },
);

// ESLint 9 flat config. Not type-aware on purpose: tsc already type-checks, and this stays fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'docs/api/**',
      '**/.tmp/**',
      '**/coverage/**',
      '**/*.d.ts',
      '**/custom-elements.json',
      '**/.jiagong-data/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wcConfigs['flat/recommended'],
  // Its recommended config is already flat-shaped: { plugins: { 'lit-a11y': … }, rules }.
  litA11y.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      // Our elements extend LitElement (directly or through a shared base class).
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // One unused-vars rule for JS and TS; `_name` marks an intentionally unused binding.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
);

// ESLint owns correctness rules; Prettier owns formatting.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.staging/',
      'test/output/',
      'node_modules/',
      'tools/bench/.work/',
      'tools/bench/reference-site/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
);

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint-boundaries.js';

const ELECTRON_ONLY = {
  paths: [
    {
      name: 'electron',
      message: 'Only src-main/electron/, the preload and the entry may import electron.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'build/native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', ELECTRON_ONLY],
    },
  },
  {
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/layers': 'error' },
  },
  {
    files: [
      'src-main/electron/**',
      'src-main/preload/**',
      'src-main/index.ts',
      'tests/electron/**',
      'tests/unit/electron-*.test.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...ELECTRON_ONLY,
          patterns: [
            {
              group: ['node:*'],
              message: 'The renderer talks to the main process through the typed client only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);

// Lint, and the rules that keep the layers apart (DESIGN.md, "Shape of the code"):
//   renderer/core  runs anywhere: no DOM, no Node, no Electron, no React, nothing from the layers above it;
//   renderer/      the browser side: no Node, no Electron;
//   electron/      the only place that imports `electron`.
// renderer/core's tsconfig also leaves out the DOM and Node types, so a stray `document` is a type error.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: 'Only electron/ may import electron.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available here.' }));

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'node_modules/**', 'e2e/test-results/**', 'e2e/report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['renderer/core/**/*.ts'],
    ignores: ['renderer/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode, { name: 'react', message: 'renderer/core has no UI.' }, { name: 'react-dom', message: 'renderer/core has no UI.' }],
          patterns: [{ group: ['**/app/**', '**/bridge/**', '../../app/*', '../../bridge/*'], message: 'renderer/core may not import the layers above it.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/core/**', 'renderer/**/*.test.ts', 'renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron, ...noNode] }],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'react', message: 'The shell has no UI of its own.' }], patterns: [{ group: ['**/app/**', '**/bridge/**'], message: 'The shell may only use renderer/core.' }] }],
    },
  },
);

// Lint, and the rules that keep the layers apart (docs/ARCHITECTURE.md, "Folders, their jobs, and what each may import"):
//   renderer/core  runs anywhere: no DOM, no Node, no Electron, no React, nothing from the layers above it;
//   renderer/      the browser side: no Node, no Electron;
//   electron/      the only place that imports `electron`.
// renderer/core's tsconfig also leaves out the DOM and Node types, so a stray `document` is a type error.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import boundaries from 'eslint-plugin-boundaries';
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
    ignores: ['renderer/core/**/*.test.ts', 'renderer/core/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            ...noNode,
            { name: 'react', message: 'renderer/core has no UI.' },
            { name: 'react-dom', message: 'renderer/core has no UI.' },
          ],
          patterns: [
            {
              group: ['**/app/**', '**/bridge/**', '../../app/*', '../../bridge/*'],
              message: 'renderer/core may not import the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'require',
        'Buffer',
      ],
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
  // Microsoft's SDL rules (issue 12): the common ones (no innerHTML, document.write, insecure URLs, postMessage to
  // any origin, insecure randomness…) over the program, and the Electron one over the shell.
  ...sdl.configs.common.map((config) => ({ ...config, files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'] })),
  ...sdl.configs.electron.map((config) => ({ ...config, files: ['electron/**/*.ts'] })),
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    rules: {
      // The W3C Web Annotation context is an identifier the standard spells with http, never fetched; and the
      // local test server. Anything else over http is an error.
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            '^http://www\\.w3\\.org/ns/anno\\.jsonld$',
            '^http://www\\.w3\\.org/(1999/xhtml|2000/svg)',
            '^http://(localhost|127\\.0\\.0\\.1)[:/]',
          ],
        },
      ],
    },
  },
  // The layers, enforced: each folder may import only what is listed for it (docs/ARCHITECTURE.md draws the same).
  // Inside renderer/core the order is route, commands ← corpus ← search ← extract, notes ← messages ← shell.
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    plugins: { boundaries },
    settings: {
      // The project's imports are relative and name no extension: Node's resolution, with TypeScript's extensions.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/include': ['renderer/**/*', 'electron/**/*', 'scripts/**/*', 'e2e/**/*'],
      'boundaries/elements': [
        { type: 'core-node', pattern: 'renderer/core/node' },
        { type: 'core-route', pattern: 'renderer/core/route' },
        { type: 'core-commands', pattern: 'renderer/core/commands' },
        { type: 'core-corpus', pattern: 'renderer/core/corpus' },
        { type: 'core-search', pattern: 'renderer/core/search' },
        { type: 'core-extract', pattern: 'renderer/core/extract' },
        { type: 'core-notes', pattern: 'renderer/core/notes' },
        { type: 'core-messages', pattern: 'renderer/core/messages' },
        { type: 'core-shell', pattern: 'renderer/core/shell' },
        { type: 'core-util', pattern: 'renderer/core/*.ts', mode: 'full' },
        { type: 'worker', pattern: 'renderer/worker' },
        { type: 'app', pattern: 'renderer/(app|bridge)' },
        { type: 'page', pattern: 'renderer/*.{ts,tsx}', mode: 'full' },
        { type: 'electron', pattern: 'electron' },
        { type: 'scripts', pattern: 'scripts' },
        { type: 'e2e', pattern: 'e2e' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'A ${file.type} module may not import ${dependency.type}: see the layers in docs/ARCHITECTURE.md.',
          rules: [
            { from: { type: 'core-util' }, allow: { to: { type: 'core-util' } } },
            { from: { type: 'core-route' }, allow: { to: { type: 'core-util' } } },
            { from: { type: 'core-commands' }, allow: { to: { type: 'core-util' } } },
            { from: { type: 'core-corpus' }, allow: { to: { type: ['core-util'] } } },
            { from: { type: 'core-search' }, allow: { to: { type: ['core-util', 'core-corpus'] } } },
            {
              from: { type: 'core-extract' },
              allow: { to: { type: ['core-util', 'core-route', 'core-corpus', 'core-search'] } },
            },
            {
              from: { type: 'core-notes' },
              allow: { to: { type: ['core-util', 'core-route', 'core-corpus', 'core-search'] } },
            },
            {
              from: { type: 'core-messages' },
              allow: { to: { type: ['core-util', 'core-commands', 'core-corpus', 'core-notes'] } },
            },
            {
              from: { type: 'core-shell' },
              allow: { to: { type: ['core-util', 'core-route', 'core-commands', 'core-messages'] } },
            },
            { from: { type: 'core-node' }, allow: { to: { type: ['core-util', 'core-corpus'] } } },
            { from: { type: 'worker' }, allow: { to: { type: ['core-*'] } } },
            // The page knows the worker only by its message protocol (worker/protocol.ts).
            {
              from: { type: ['app', 'page'] },
              allow: { to: [{ type: ['core-*', 'app', 'page'] }, { type: 'worker', internalPath: 'protocol.ts' }] },
            },
            {
              from: { type: 'electron' },
              allow: {
                to: { type: ['electron', 'core-util', 'core-route', 'core-commands', 'core-messages', 'core-shell'] },
              },
            },
            { from: { type: ['scripts', 'e2e'] }, allow: { to: { type: ['*'] } } },
          ],
        },
      ],
    },
  },
  // Tests in core may read the seeds through a Node-only module; nothing else in core may.
  {
    files: ['renderer/core/**/*.test.ts'],
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          rules: [
            {
              from: { type: '*' },
              disallow: { to: { type: ['app', 'page', 'worker', 'electron', 'scripts', 'e2e'] } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'The shell has no UI of its own.' }],
          patterns: [{ group: ['**/app/**', '**/bridge/**'], message: 'The shell may only use renderer/core.' }],
        },
      ],
    },
  },
);

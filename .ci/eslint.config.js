// Lint rules for the whole repository: TypeScript, Electron/renderer security, and the layering
// of ../README.md (renderer and shared never reach Node or Electron; core never imports electron).
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import sdl from '@microsoft/eslint-plugin-sdl';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

// The repository root: patterns below are relative to it, wherever eslint is run from.
const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'net',
  'tls',
  'http',
  'crypto',
];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    basePath: root,
    ignores: ['node_modules/**', 'out/**', 'e2e/test-results/**', 'e2e/report/**', '**/*.d.ts'],
  },
  {
    basePath: root,
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { '@microsoft/sdl': sdl },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@microsoft/sdl/no-electron-node-integration': 'error',
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            '^(http|ws)://(127\\.0\\.0\\.1|localhost)([:/]|$)',
            '^http://wiki\\.debian\\.org/MeetBot',
          ],
        },
      ],
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-document-write': 'error',
      '@microsoft/sdl/no-postmessage-star-origin': 'error',
    },
  },
  { basePath: root, files: ['**/*.{ts,tsx}'], ...nounsanitized.configs.recommended },
  {
    basePath: root,
    files: ['renderer/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      'react/no-danger': 'error',
      'react/jsx-no-target-blank': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    basePath: root,
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict(
      [
        'electron',
        'electron/*',
        'react',
        'react-dom',
        ...nodeBuiltins,
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript: no electron, react, node or app-layer imports.',
    ),
  },
  {
    basePath: root,
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/src/testing/**'],
    rules: restrict(
      ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'],
      'renderer/ talks only to the GavelBridge: no electron, node or main-process imports.',
    ),
  },
  {
    // The window's test support may render over the real core of electron/testing, nothing else.
    basePath: root,
    files: ['renderer/src/testing/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The window never imports electron.' }],
          patterns: [
            {
              group: [
                ...nodeBuiltins,
                ...['core', 'main', 'preload', 'host', 'cli'].map(
                  (room) => `**/electron/${room}/**`,
                ),
              ],
              message: 'renderer/ test support reaches the core only through electron/testing.',
            },
          ],
        },
      ],
    },
  },
  {
    basePath: root,
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', 'electron-store', '**/main/**', '**/preload/**', '**/renderer/**'],
      'core, host and cli run without Electron: the main process injects what only Electron has.',
    ),
  },
  {
    basePath: root,
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, '**/core/**', '**/main/**', 'zod'],
      'The preload exposes the bridge only: channel names from shared/ipc/channels, nothing else.',
    ),
  },
);

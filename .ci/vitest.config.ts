import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit tests sit next to their source: shared/ and electron/ run in Node, renderer/ in jsdom.
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        root,
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test-setup.ts'],
          // A component test that imports, uploads and folds a log in jsdom takes a few seconds on a
          // busy 2-core machine; the default 5 s fails it for load, not for a fault.
          testTimeout: 20_000,
        },
      },
    ],
  },
});

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => resolve(root, path);

/**
 * One build for every process. `main` also bundles the Node entry points that share the core:
 * the browser host, the launcher behind `npm start`, and the minutes CLI.
 */
export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      rolldownOptions: {
        input: {
          index: at('electron/main/index.ts'),
          host: at('electron/host/index.ts'),
          start: at('electron/host/launch.ts'),
          minutes: at('electron/cli/minutes.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      // A sandboxed preload cannot be an ES module.
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    // Relative asset URLs: the page sits at the root of both gavel://app (Electron's app protocol,
    // app-protocol.ts) and http://127.0.0.1:<port> (the browser host).
    base: './',
    plugins: [react()],
    build: {
      outDir: at('out/renderer'),
      minify: true,
      rolldownOptions: { input: { index: at('renderer/index.html') } },
    },
  },
});

import { runBrowserHost } from './run';
import { fileURLToPath } from 'node:url';

// `npm run serve`: the app in a browser, with the same core as the Electron shell.
// This entry is built to out/main/host.js: the app root is two folders up.
const root = fileURLToPath(new URL('../..', import.meta.url));

runBrowserHost(process.argv.slice(2), root).catch((err: unknown) => {
  console.error(`Gavel could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

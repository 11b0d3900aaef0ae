import { runBrowserHost } from './run';
import { appVersion } from './version';

// `npm run serve`: the app in a browser, with the same core as the Electron shell.
runBrowserHost(process.argv.slice(2), appVersion()).catch((err: unknown) => {
  console.error(`Gavel could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

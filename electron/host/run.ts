import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/create-core';
import { openDataFolder } from '../core/data-folder/index';
import { createFileLog } from '../core/log/file-log';
import { createConfBackend } from '../core/settings/conf-backend';
import { createConfLibrary } from '../core/store/conf-library';
import { MemorySecretStore } from '../core/store/secrets';
import { startHost, type RunningHost } from './server';
import { appVersion } from './version';

const HELP = `Usage: gavel-host [--port N] [--data-dir DIR]
Serves Gavel to a browser on this machine (127.0.0.1 only).`;

/** Where settings and meetings live outside Electron: $GAVEL_DATA_DIR, else the XDG data dir. */
function defaultDataDir(): string {
  const xdg = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return process.env.GAVEL_DATA_DIR || join(xdg, 'gavel');
}

/**
 * Runs the browser host until SIGINT/SIGTERM: one core, the renderer and the bridge on loopback.
 * Prints the address to open (with its token) once. `root` is the repository (or app) folder
 * holding package.json and the build in `out/`.
 */
export async function runBrowserHost(argv: string[], root: string): Promise<RunningHost> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port takes a number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const { log } = createFileLog({ dir: join(dataDir, 'logs'), console: 'info' });
  const warn = (message: string) => log('warn', message);
  // Before anything touches the folder: made private, and ours alone (a second host stops here).
  const folder = openDataFolder(dataDir, warn);
  process.once('exit', () => folder.release());
  log('info', 'Passwords are kept in memory only in browser mode; nothing is written to disk.');
  const core = createCore({
    shell: 'browser',
    version: appVersion(root),
    settings: createConfBackend(dataDir, warn),
    dataDir,
    library: createConfLibrary(dataDir, warn),
    secrets: new MemorySecretStore(),
    log,
  });
  const host = await startHost({
    core,
    rendererDir: join(root, 'out', 'renderer'),
    port,
    log: (message, detail) => log('error', message, detail),
    onNewAddress: (url) =>
      console.log(`That address is now used up. To open Gavel in another browser, open ${url}`),
  });
  console.log(`Gavel is running in browser mode. Open ${host.url}`);
  const stop = () => {
    void Promise.all([host.close(), core.close()]).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}

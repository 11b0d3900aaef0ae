import type {
  App,
  BrowserWindow,
  Details,
  MessageBoxOptions,
  RenderProcessGoneDetails,
} from 'electron';
import type { LogFn } from '../core/log/file-log';

/** Asks the chair a question with buttons; resolves to the index of the button chosen. */
export type Ask = (options: MessageBoxOptions) => Promise<number>;

const RELOAD = 0;

/**
 * When the window's page crashes or is killed: the log says why, and the chair is offered to
 * reload it. The meeting lives in the main process (journal, IRC connection), so nothing of it
 * is lost: the reloaded page asks the core for the state again. A page that merely stops
 * answering is logged.
 */
export function watchRenderer(win: BrowserWindow, log: LogFn, ask: Ask): void {
  const contents = win.webContents;
  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    log('error', `The window's page stopped: ${details.reason} (exit code ${details.exitCode}).`);
    void ask({
      type: 'error',
      title: 'Gavel',
      message: 'The window stopped working.',
      detail:
        'The meeting is safe: its record and the IRC connection carry on. ' +
        'Reload the window to go on.',
      buttons: ['Reload', 'Close Gavel'],
      defaultId: RELOAD,
      cancelId: RELOAD,
      noLink: true,
    }).then((choice) => {
      if (win.isDestroyed()) return;
      if (choice === RELOAD) contents.reload();
      else win.close();
    });
  });
  win.on('unresponsive', () => log('warn', "The window's page is not answering."));
  win.on('responsive', () => log('info', "The window's page answers again."));
}

/** Logs a helper process (GPU, utility, …) that ended abnormally; Electron restarts what it needs. */
export function watchChildren(app: App, log: LogFn): void {
  app.on('child-process-gone', (_event, details: Details) => {
    if (details.reason === 'clean-exit') return;
    const name = details.name ?? details.serviceName ?? details.type;
    log('error', `The ${name} process stopped: ${details.reason} (exit code ${details.exitCode}).`);
  });
}

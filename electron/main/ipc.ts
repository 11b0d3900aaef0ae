import { ipcMain, type BrowserWindow } from 'electron';
import { INVOKE_CHANNELS, type EventChannel } from '../../shared/ipc/channels';
import { fail, type Result } from '../../shared/ipc/result';
import { isTrustedSender } from './security';

type Dispatch = (channel: unknown, req: unknown) => Promise<Result<unknown>>;

/**
 * Answers every invoke channel: the sender must be the top frame of our page, and the dispatcher
 * validates the payload. Nothing a page sends can make main throw.
 */
export function registerIpc(dispatch: Dispatch, appUrl: string): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, (event, req: unknown) => {
      if (!isTrustedSender(event.senderFrame, appUrl)) {
        return fail('forbidden', 'This request did not come from the Gavel window.');
      }
      return dispatch(channel, req);
    });
  }
}

/** Sends a core event to the window, if it is still there. */
export function forwardEvent(win: BrowserWindow | null, event: EventChannel, payload: unknown): void {
  if (win && !win.isDestroyed()) win.webContents.send(event, payload);
}

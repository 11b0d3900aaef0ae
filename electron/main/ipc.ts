import { ipcMain, type BrowserWindow } from 'electron';
import { INVOKE_CHANNELS, type EventChannel } from '../../shared/ipc/channels';
import type { Payload } from '../../shared/ipc/schemas';
import { fail, type Result } from '../../shared/ipc/result';
import type { LogFn } from '../core/log/file-log';
import { isTrustedSender } from './security';

type Dispatch = (channel: unknown, req: unknown) => Promise<Result<unknown>>;

/**
 * Answers every invoke channel: the sender must be the top frame of our page
 * (`gavel://app`), and the dispatcher validates the payload. A refused sender is logged with
 * the channel and the frame's address. Nothing a page sends can make main throw.
 */
export function registerIpc(dispatch: Dispatch, log: LogFn): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, (event, req: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame)) {
        const where = frame
          ? `${frame.parent ? 'a sub-frame of ' : ''}${frame.url}`
          : 'a gone frame';
        log('warn', `Refused ${channel} from ${where}.`);
        return fail('forbidden', 'This request did not come from the Gavel window.');
      }
      return dispatch(channel, req);
    });
  }
}

/** Sends an event to the window, if it is still there. */
export function forwardEvent<E extends EventChannel>(
  win: BrowserWindow | null,
  event: E,
  payload: Payload<E>,
): void {
  if (win && !win.isDestroyed()) win.webContents.send(event, payload);
}

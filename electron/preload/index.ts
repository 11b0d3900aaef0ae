import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { GavelBridge } from '../../shared/ipc/bridge';
import { isEventChannel, isInvokeChannel } from '../../shared/ipc/channels';
import { fail } from '../../shared/ipc/result';

// The page gets exactly this object as `window.gavel`: two functions over an allow-list of
// channels, never ipcRenderer itself, and listeners get the payload, never the IPC event.
const bridge: GavelBridge = {
  invoke(channel, req) {
    if (!isInvokeChannel(channel))
      return Promise.resolve(fail('unknown-channel', 'No such request.'));
    return ipcRenderer.invoke(channel, req);
  },
  on(event, listener) {
    if (!isEventChannel(event)) return () => {};
    const handler = (_e: IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
      listener(payload);
    ipcRenderer.on(event, handler);
    return () => {
      ipcRenderer.removeListener(event, handler);
    };
  },
};

contextBridge.exposeInMainWorld('gavel', bridge);

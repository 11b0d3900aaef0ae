import { describe, expect, it, vi } from 'vitest';
import type { GavelBridge } from '../../shared/ipc/bridge';
import { contextBridge, ipcRenderer } from '../testing/fake-electron';

vi.mock('electron', () => import('../testing/fake-electron'));

async function exposed(): Promise<{ name: string; bridge: GavelBridge }> {
  await import('./index');
  const [name, bridge] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, GavelBridge];
  return { name, bridge };
}

describe('the preload', () => {
  it('exposes window.gavel with invoke and on, and nothing of ipcRenderer', async () => {
    const { name, bridge } = await exposed();
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(name).toBe('gavel');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('invokes only channels of the list', async () => {
    const { bridge } = await exposed();
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'pong' });
    expect(await bridge.invoke('app:info', {})).toEqual({ ok: true, value: 'pong' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {});
    ipcRenderer.invoke.mockClear();
    const refused = await bridge.invoke('shell:openExternal' as never, {} as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('gives listeners the payload, never the IPC event, and only for listed events', async () => {
    const { bridge } = await exposed();
    const listener = vi.fn();
    const stop = bridge.on('app:command', listener);
    ipcRenderer.emit('app:command', { sender: 'the IPC event' }, { command: 'practice' });
    expect(listener).toHaveBeenCalledWith({ command: 'practice' });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    ipcRenderer.emit('app:command', {}, { command: 'practice' });
    expect(listener).toHaveBeenCalledTimes(1);
    bridge.on('electron-store-get-data' as never, listener);
    expect(ipcRenderer.listenerCount('electron-store-get-data')).toBe(0);
  });
});

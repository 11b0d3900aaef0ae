import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { IMPORT_CHUNK_BYTES } from '../../shared/ipc/after-meeting-schemas';
import type { Handlers } from '../../shared/ipc/bridge';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { ok } from '../../shared/ipc/result';
import { forwardEvent, registerIpc } from './ipc';
import { BrowserWindow, ipcMain } from '../testing/fake-electron';

vi.mock('electron', () => import('../testing/fake-electron'));

const top = { url: 'gavel://app/index.html', parent: null };
const dispatch = vi.fn(async (channel: unknown) => ok({ answered: channel }));
const log = vi.fn();

const call = (channel: string, senderFrame: unknown, req: unknown = {}) =>
  ipcMain.handlers.get(channel)!({ senderFrame }, req);

beforeEach(() => {
  vi.clearAllMocks();
  ipcMain.handlers.clear();
  registerIpc(dispatch, log);
});

describe('registerIpc', () => {
  it('answers every invoke channel from the top frame of the app page, once', async () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) {
      expect(await call(channel, top, { x: 1 })).toEqual(ok({ answered: channel }));
    }
    expect(dispatch).toHaveBeenCalledTimes(INVOKE_CHANNELS.length);
    registerIpc(dispatch, log);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(INVOKE_CHANNELS.length * 2);
    expect(ipcMain.handlers.size).toBe(INVOKE_CHANNELS.length);
    expect(log).not.toHaveBeenCalled();
  });

  it('refuses and logs sub-frames, foreign origins, files and gone frames', async () => {
    const refused = [
      [{ url: 'gavel://app/index.html', parent: {} }, 'a sub-frame of gavel://app/index.html'],
      [{ url: 'https://example.org/', parent: null }, 'https://example.org/'],
      [{ url: 'file:///home/chair/evil.html', parent: null }, 'file:///home/chair/evil.html'],
      [{ url: 'gavel://evil/index.html', parent: null }, 'gavel://evil/index.html'],
      [null, 'a gone frame'],
    ] as const;
    for (const [frame, where] of refused) {
      const answer = await call('settings:set', frame, { theme: 'dark' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(log).toHaveBeenLastCalledWith('warn', `Refused settings:set from ${where}.`);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('an upload part over IPC', () => {
  it('reaches the core as bytes, validated as any request, and a part of text is refused', async () => {
    const handlers = Object.fromEntries(
      INVOKE_CHANNELS.map((c) => [c, async () => ok(null)]),
    ) as unknown as Handlers;
    handlers['import:chunk'] = async ({ data }) => ok({ received: data.length });
    ipcMain.handlers.clear();
    registerIpc(createDispatcher(handlers, log), log);
    // Electron's structured clone hands a Uint8Array over as a Uint8Array.
    const data = new Uint8Array(IMPORT_CHUNK_BYTES).fill(0x61);
    expect(await call('import:chunk', top, { importId: 'u1', index: 0, data })).toEqual(
      ok({ received: IMPORT_CHUNK_BYTES }),
    );
    const text = await call('import:chunk', top, { importId: 'u1', index: 0, data: 'YWJj' });
    expect(text).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('forwardEvent', () => {
  it('sends to a live window and drops events for a destroyed or missing one', () => {
    const win = new BrowserWindow({});
    forwardEvent(win as never, 'app:command', { command: 'practice' });
    expect(win.webContents.send).toHaveBeenCalledWith('app:command', { command: 'practice' });
    win.destroyed = true;
    forwardEvent(win as never, 'app:command', { command: 'practice' });
    forwardEvent(null, 'app:command', { command: 'practice' });
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });
});

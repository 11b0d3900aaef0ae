import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchChildren, watchRenderer } from './crashes';
import { BrowserWindow } from '../testing/fake-electron';

vi.mock('electron', () => import('../testing/fake-electron'));

const gone = (reason: string, exitCode = 11) => [{}, { reason, exitCode }] as const;

describe('watchRenderer', () => {
  it('logs a crashed page and reloads it when the chair asks', async () => {
    const win = new BrowserWindow({});
    const log = vi.fn();
    const ask = vi.fn(async () => 0);
    watchRenderer(win as never, log, ask);
    win.webContents.emit('render-process-gone', ...gone('crashed'));
    expect(log).toHaveBeenCalledWith('error', "The window's page stopped: crashed (exit code 11).");
    expect(ask).toHaveBeenCalledWith(
      expect.objectContaining({ buttons: ['Reload', 'Close Gavel'], defaultId: 0 }),
    );
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(win.close).not.toHaveBeenCalled();
  });

  it('closes the window when the chair chooses to, and ignores a clean exit', async () => {
    const win = new BrowserWindow({});
    const log = vi.fn();
    const ask = vi.fn(async () => 1);
    watchRenderer(win as never, log, ask);
    win.webContents.emit('render-process-gone', ...gone('clean-exit', 0));
    expect(ask).not.toHaveBeenCalled();
    win.webContents.emit('render-process-gone', ...gone('oom'));
    await vi.waitFor(() => expect(win.close).toHaveBeenCalled());
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });

  it('logs a page that stops answering', () => {
    const win = new BrowserWindow({});
    const log = vi.fn();
    watchRenderer(win as never, log, vi.fn());
    win.emit('unresponsive');
    expect(log).toHaveBeenCalledWith('warn', "The window's page is not answering.");
  });
});

describe('watchChildren', () => {
  it('logs a helper process that ended abnormally', () => {
    const app = new EventEmitter();
    const log = vi.fn();
    watchChildren(app as never, log);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('error', 'The GPU process stopped: crashed (exit code 139).');
  });
});

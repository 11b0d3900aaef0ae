import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BrowserWindow } from '../testing/fake-electron';
import {
  DEFAULT_SIZE,
  openWindowStateFile,
  placeWindow,
  rememberWindowState,
} from './window-state';

vi.mock('electron', () => import('../testing/fake-electron'));

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false) => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('placeWindow', () => {
  it('opens a first window at the default size, centred', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    expect(placeWindow({ bounds: 'garbage' }, [laptop])).toEqual({
      bounds: DEFAULT_SIZE,
      maximized: false,
    });
  });

  it('puts the window back where it was on a display that is still there', () => {
    expect(placeWindow(saved(1600, 100, 1200, 800, true), [laptop, monitor])).toEqual({
      bounds: { x: 1600, y: 100, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('centres it at the default size when its display is gone, keeping maximised', () => {
    expect(placeWindow(saved(1600, 100, 1200, 800, true), [laptop])).toEqual({
      bounds: DEFAULT_SIZE,
      maximized: true,
    });
    // Only the bottom edge showing: the title bar cannot be reached.
    expect(placeWindow(saved(100, -790), [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('shrinks and moves a window that hangs over the edge of a smaller display', () => {
    expect(placeWindow(saved(1000, 300, 2000, 1200), [laptop])).toEqual({
      bounds: { x: 0, y: 0, width: 1440, height: 860 },
      maximized: false,
    });
    expect(placeWindow(saved(1000, 300), [laptop]).bounds).toEqual({
      x: 240,
      y: 60,
      width: 1200,
      height: 800,
    });
  });
});

describe('window state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gavel-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('saves the normal bounds and maximised state when the window closes', () => {
    const file = openWindowStateFile(dir, vi.fn());
    expect(file.read()).toBeUndefined();
    const win = new BrowserWindow({});
    win.maximized = true;
    rememberWindowState(win as never, file, vi.fn());
    win.emit('close');
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(openWindowStateFile(dir, vi.fn()).read()).toEqual(state);
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({
      window: state,
    });
  });

  it('keeps a damaged file aside and starts afresh', () => {
    writeFileSync(join(dir, 'window-state.json'), '{ not json');
    const onReset = vi.fn();
    expect(openWindowStateFile(dir, onReset).read()).toBeUndefined();
    expect(onReset).toHaveBeenCalledWith(expect.stringContaining('window-state.json'));
  });

  it('logs a window state it cannot save, and lets the window close', () => {
    const win = new BrowserWindow({});
    const log = vi.fn();
    const failing = {
      read: () => undefined,
      write: () => {
        throw new Error('EROFS');
      },
    };
    rememberWindowState(win as never, failing, log);
    expect(() => win.emit('close')).not.toThrow();
    expect(log).toHaveBeenCalledWith(
      'warn',
      'The window size could not be saved.',
      new Error('EROFS'),
    );
  });
});

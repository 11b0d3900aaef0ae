import Conf from 'conf';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { openRecovering } from '../core/settings/recover-store';

/** The size of a first window, and of one whose saved place is on no display any more. */
export const DEFAULT_SIZE = { width: 1280, height: 820 };
/** The smallest window the layout works in. */
export const MIN_SIZE = { width: 900, height: 560 };
/** How much of a window's top must show on a display for the chair to reach its title bar. */
const REACHABLE = { width: 120, height: 40 };

const Bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** What is kept between runs in `<userData>/window-state.json`. */
export const WindowState = z.object({ bounds: Bounds, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowState>;

/** Where and how the window opens: no `x`/`y` means centred by the system. */
export interface Placement {
  bounds: Partial<Rectangle> & { width: number; height: number };
  maximized: boolean;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where to open the window, given what was saved (anything: it is checked) and the work areas
 * of today's displays. Saved bounds are used when the window's top strip shows on a display,
 * shrunk to fit it; otherwise (a display was unplugged, the file is damaged) the window opens at
 * the default size, centred, keeping only whether it was maximised.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rectangle[]): Placement {
  const parsed = WindowState.safeParse(saved);
  if (!parsed.success) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const { bounds, maximized } = parsed.data;
  const titleBar = { ...bounds, height: Math.min(bounds.height, REACHABLE.height) };
  const area = workAreas.find((a) => {
    const o = overlap(titleBar, a);
    return o.width >= Math.min(REACHABLE.width, bounds.width) && o.height >= titleBar.height;
  });
  if (!area) return { bounds: { ...DEFAULT_SIZE }, maximized };
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(
    Math.min(bounds.height, area.height),
    Math.min(MIN_SIZE.height, area.height),
  );
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized };
}

/** Where the window's state is read from and written to. */
export interface WindowStateFile {
  read(): unknown;
  write(state: WindowState): void;
}

/** `<dir>/window-state.json` through conf; a damaged file is kept aside and forgotten. */
export function openWindowStateFile(dir: string, onReset: (m: string) => void): WindowStateFile {
  const conf = openRecovering(
    dir,
    'window-state.json',
    () => new Conf<{ window?: WindowState }>({ cwd: dir, configName: 'window-state' }),
    onReset,
  );
  return { read: () => conf.get('window'), write: (state) => conf.set('window', state) };
}

/**
 * Saves the window's normal (not maximised) bounds and whether it is maximised when it closes,
 * so the next run opens it where the chair left it.
 */
export function rememberWindowState(
  win: BrowserWindow,
  file: WindowStateFile,
  log: (level: 'warn', message: string, detail?: unknown) => void,
): void {
  win.on('close', () => {
    try {
      file.write({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      log('warn', 'The window size could not be saved.', err);
    }
  });
}

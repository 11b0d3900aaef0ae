import { useEffect } from 'react';
import type { Platform } from './platform';
import { useLatest } from './use-latest';
import { matchShortcut, type ShortcutId } from './shortcuts';

/** What each shortcut does; a shortcut without a handler is left to the browser. */
export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

// Shortcuts a text field keeps for itself: `?` is a character there, Ctrl+Z undoes typing.
const TEXT_KEYS: ReadonlySet<ShortcutId> = new Set(['help', 'undo']);

/** True when typing in `target` would put characters somewhere. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
    target.type,
  );
}

/**
 * Runs the window-wide shortcuts while `enabled` (a dialog owns the keyboard while it is open).
 * A matched key is taken from the browser (`preventDefault`), except `?` and Ctrl+Z in a text
 * field, which stay the field's.
 */
export function useGlobalShortcuts(
  handlers: ShortcutHandlers,
  platform: Platform,
  enabled: boolean,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): void {
  const current = useLatest(handlers);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const id = matchShortcut(event, platform);
      if (!id || (TEXT_KEYS.has(id) && isTextEntry(event.target))) return;
      const run = current.current[id];
      if (!run) return;
      event.preventDefault();
      run();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [enabled, platform, target]);
}

import type { Platform } from './platform';
import { shortcut, type Chord, type ShortcutId } from './shortcuts';

const NAMES: Record<string, string> = {
  Enter: 'Enter',
  Slash: '?',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Comma: ',',
};

function keyName(chord: Chord): string {
  if (chord.key) return chord.key;
  if (chord.code.startsWith('Key')) return chord.code.slice(3);
  if (chord.code.startsWith('Digit')) return chord.code.slice(5);
  return NAMES[chord.code] ?? chord.code;
}

/** How a chord is written on `platform`: `Alt+N`, `Ctrl+Enter` — or `⌃⌥N`, `⌘Enter` on macOS. */
export function chordLabel(chord: Chord, platform: Platform): string {
  const key = keyName(chord);
  const mac = platform === 'mac';
  switch (chord.mod) {
    case 'meeting':
      return mac ? `⌃⌥${key}` : `Alt+${key}`;
    case 'command':
      return mac ? `⌘${key}` : `Ctrl+${key}`;
    case 'shift':
      return mac ? `⇧${key}` : `Shift+${key}`;
    case 'plain':
      return key;
  }
}

/** The label of the window-wide shortcut `id`. */
export function shortcutLabel(id: ShortcutId, platform: Platform): string {
  return chordLabel(shortcut(id).chord, platform);
}

/** The value of `aria-keyshortcuts` for `id` (the WAI-ARIA spelling: `Alt+N`, `Control+Enter`). */
export function ariaShortcut(id: ShortcutId, platform: Platform): string {
  const { chord } = shortcut(id);
  const key = chord.key ?? (chord.code.startsWith('Key') ? chord.code.slice(3) : chord.code);
  const mods: Record<Chord['mod'], string[]> = {
    meeting: platform === 'mac' ? ['Control', 'Alt'] : ['Alt'],
    command: platform === 'mac' ? ['Meta'] : ['Control'],
    shift: ['Shift'],
    plain: [],
  };
  return [...mods[chord.mod], key].join('+');
}

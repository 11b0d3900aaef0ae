import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes } from 'react';
import { ariaShortcut, shortcutLabel } from './key-label';
import { PLATFORM } from './platform';
import type { ShortcutId } from './shortcuts';

/** A button that does what shortcut `shortcut` does. */
export interface ShortcutButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  shortcut: ShortcutId;
  /** The button's words; also its accessible name. */
  label: string;
  /** An icon drawn before the words. */
  icon?: LucideIcon;
}

/**
 * A button showing its shortcut: as a key cap after the label, in the tooltip, and to assistive
 * technology through `aria-keyshortcuts` (the key cap itself is hidden from it, so the button's
 * name stays its label). In a toolbar that has no room the words and the key cap may be hidden
 * visually (`tool-label`, `key-cap`); the name and the tooltip stay.
 */
export function ShortcutButton({
  shortcut,
  label,
  icon: Icon,
  className,
  ...button
}: ShortcutButtonProps) {
  const keys = shortcutLabel(shortcut, PLATFORM);
  return (
    <button
      type="button"
      {...button}
      className={`shortcut-button ${className ?? ''}`}
      title={`${label} (${keys})`}
      aria-keyshortcuts={ariaShortcut(shortcut, PLATFORM)}
    >
      {Icon && <Icon className="tool-icon" aria-hidden="true" size={16} />}
      <span className="tool-label">{label}</span>
      <kbd className="key-cap" aria-hidden="true">
        {keys}
      </kbd>
    </button>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One entry of a `MenuButton`'s menu. */
export interface MenuEntry {
  label: string;
  onSelect(): void;
  disabled?: boolean;
}

/** A button that opens a menu of `entries`. */
export interface MenuButtonProps {
  /** The button's accessible name (also its tooltip). */
  label: string;
  /** What the button shows (an icon, or words). */
  children: ReactNode;
  entries: readonly MenuEntry[];
}

/**
 * A menu button (WAI-ARIA menu pattern): the button opens the menu with its first entry focused;
 * ↑/↓, Home and End move, Enter or a click chooses, Escape or a click outside closes and gives
 * focus back to the button.
 */
export function MenuButton({ label, children, entries }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()
      .find((item) => !item.hasAttribute('disabled'))
      ?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const all = items().filter((item) => !item.hasAttribute('disabled'));
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go: Record<string, number> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      close();
    } else if (e.key in go) {
      e.preventDefault();
      all[go[e.key]!]?.focus();
    }
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        title={label}
        onClick={() => setOpen((was) => !was)}
      >
        {children}
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-label={label} onKeyDown={onKeyDown}>
          {entries.map((entry) => (
            <li key={entry.label} role="none">
              <button
                type="button"
                role="menuitem"
                disabled={entry.disabled}
                onClick={() => {
                  setOpen(false);
                  entry.onSelect();
                }}
              >
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

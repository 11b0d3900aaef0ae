import type { KeyboardEvent } from 'react';

const STEPS: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * Arrow keys (and Home/End) move focus between a toolbar's enabled buttons, as the ARIA
 * toolbar pattern expects; Tab keeps going through them too.
 */
export function onToolbarKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const step = STEPS[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const target =
    step === 'first'
      ? buttons[0]
      : step === 'last'
        ? buttons[buttons.length - 1]
        : buttons[(at + (step === 'next' ? 1 : -1) + buttons.length) % buttons.length];
  event.preventDefault();
  target?.focus();
}

/** Marks an element as one of the panes F6 moves between (`data-pane`). */
export const PANE_SELECTOR = '[data-pane]';
/** Inside a pane, the element that takes focus when the pane is reached (else the pane itself). */
export const PANE_FOCUS_SELECTOR = '[data-pane-focus]';

/**
 * Moves focus to the next (`step` 1) or previous (`step` -1) pane after the one holding focus,
 * wrapping around; from outside every pane, to the first or last. Returns the pane reached.
 */
export function cyclePanes(
  root: ParentNode,
  step: 1 | -1,
  active: Element | null,
): HTMLElement | null {
  const panes = [...root.querySelectorAll<HTMLElement>(PANE_SELECTOR)];
  if (panes.length === 0) return null;
  const at = panes.findIndex((pane) => active !== null && pane.contains(active));
  const next =
    at === -1 ? (step === 1 ? 0 : panes.length - 1) : (at + step + panes.length) % panes.length;
  const pane = panes[next]!;
  const target = pane.querySelector<HTMLElement>(PANE_FOCUS_SELECTOR) ?? pane;
  target.focus();
  return pane;
}

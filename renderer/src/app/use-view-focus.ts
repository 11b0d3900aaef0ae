import { useEffect, useRef } from 'react';
import type { View } from '../state/ui-slice';

/** Where focus goes in each view when it would otherwise be lost. */
function target(view: View): HTMLElement | null {
  if (view === 'meeting') {
    return document.querySelector<HTMLElement>('[data-testid="pane-transcript"] h2');
  }
  return (
    document.querySelector<HTMLElement>('.view h2') ?? document.querySelector<HTMLElement>('.view')
  );
}

/**
 * After the window changes view (or opens another meeting to read), focus that would otherwise
 * be lost — the button that did it is gone, or a dialog closed whose opener went with the old
 * view — goes to the new view's heading, so keyboard and screen-reader users land in it.
 * Focus the new view placed itself (a search box) is left alone.
 */
export function useViewFocus(view: View, readingId: string | null): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const element = target(view);
    if (!element) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
  }, [view, readingId]);
}

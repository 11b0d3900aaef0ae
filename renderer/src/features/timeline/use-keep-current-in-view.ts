import { useLayoutEffect, type RefObject } from 'react';
import { keepInView } from './keep-in-view';

/**
 * Keeps the list's current entry (`aria-current="step"`) wholly in view in its scrolling pane:
 * when `change` says it changed (a new topic, an item added to it), and whenever it or the pane
 * changes size (the entry growing a line, the pane resized).
 */
export function useKeepCurrentInView(list: RefObject<HTMLElement | null>, change: string): void {
  useLayoutEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const pane = list.current?.closest<HTMLElement>('.pane-body');
    if (!current || !pane) return;
    keepInView(pane, current);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => keepInView(pane, current));
    observer.observe(current);
    observer.observe(pane);
    return () => observer.disconnect();
  }, [list, change]);
}

/**
 * Scrolls `container` (and nothing else: not the page, not other panes) just enough that
 * `element` is within it, as `scrollIntoView({ block: 'nearest' })` would for that one box.
 */
export function keepInView(container: HTMLElement, element: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const item = element.getBoundingClientRect();
  if (item.top < box.top) container.scrollTop -= box.top - item.top;
  else if (item.bottom > box.bottom) {
    container.scrollTop += Math.min(item.bottom - box.bottom, item.top - box.top);
  }
}

/**
 * Scrolls `container` (and nothing else: not the page, not other panes) just enough that
 * `element` is within the part of it that shows content (inside its borders and above a
 * horizontal scroll bar), as `scrollIntoView({ block: 'nearest' })` would for that one box.
 * An element taller than the container keeps its top in view.
 */
export function keepInView(container: HTMLElement, element: HTMLElement): void {
  const outer = container.getBoundingClientRect();
  const top = outer.top + container.clientTop;
  const bottom = container.clientHeight > 0 ? top + container.clientHeight : outer.bottom;
  const item = element.getBoundingClientRect();
  if (item.top < top) container.scrollTop -= top - item.top;
  else if (item.bottom > bottom) {
    container.scrollTop += Math.min(item.bottom - bottom, item.top - top);
  }
}

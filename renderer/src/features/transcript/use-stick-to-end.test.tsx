import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStickToEnd } from './use-stick-to-end';

/** A scroller whose geometry the test sets, as a browser would lay it out. */
function scroller(scrollHeight: number, clientHeight: number) {
  const el = document.createElement('div');
  Object.defineProperty(el, 'scrollHeight', { get: () => scrollHeight });
  Object.defineProperty(el, 'clientHeight', { get: () => clientHeight });
  return el;
}

function setup(el: HTMLElement) {
  const virtualizer = { scrollToEnd: vi.fn() };
  const ref = { current: el };
  const hook = renderHook(({ count }) => useStickToEnd(ref, virtualizer, count, 32), {
    initialProps: { count: 10 },
  });
  return { virtualizer, hook };
}

describe('useStickToEnd', () => {
  it('starts at the last line and follows new lines while at the bottom', () => {
    const { virtualizer, hook } = setup(scroller(1000, 200));
    expect(virtualizer.scrollToEnd).toHaveBeenCalledTimes(1);
    hook.rerender({ count: 11 });
    expect(virtualizer.scrollToEnd).toHaveBeenCalledTimes(2);
  });

  it('stays put once the chair scrolls up, and follows again back at the bottom', () => {
    const el = scroller(1000, 200);
    const { virtualizer, hook } = setup(el);
    el.scrollTop = 100;
    el.dispatchEvent(new Event('scroll'));
    hook.rerender({ count: 11 });
    expect(virtualizer.scrollToEnd).toHaveBeenCalledTimes(1);
    el.scrollTop = 790;
    el.dispatchEvent(new Event('scroll'));
    hook.rerender({ count: 12 });
    expect(virtualizer.scrollToEnd).toHaveBeenCalledTimes(2);
  });
});

import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStickToEnd } from './use-stick-to-end';

/** A scroller whose height the test sets, as a browser would lay it out. */
function scroller(clientHeight: number) {
  const el = document.createElement('div');
  const box = { scrollHeight: 1000 };
  Object.defineProperty(el, 'scrollHeight', { get: () => box.scrollHeight });
  Object.defineProperty(el, 'clientHeight', { get: () => clientHeight });
  return { el, box };
}

function setup(el: HTMLElement) {
  const ref = { current: el };
  return renderHook(({ count }) => useStickToEnd(ref, count, 32), { initialProps: { count: 10 } });
}

const scroll = (el: HTMLElement, top: number) =>
  act(() => {
    el.scrollTop = top;
    el.dispatchEvent(new Event('scroll'));
  });

describe('useStickToEnd', () => {
  it('starts at the last line and follows new lines while at the bottom', () => {
    const { el, box } = scroller(200);
    const hook = setup(el);
    expect(el.scrollTop).toBe(800);
    box.scrollHeight = 1100;
    hook.rerender({ count: 11 });
    expect(el.scrollTop).toBe(900);
  });

  it('stays put once the chair scrolls up, and follows again back at the bottom', () => {
    const { el, box } = scroller(200);
    const hook = setup(el);
    scroll(el, 100);
    box.scrollHeight = 1100;
    hook.rerender({ count: 11 });
    expect(el.scrollTop).toBe(100);
    scroll(el, 890);
    box.scrollHeight = 1200;
    hook.rerender({ count: 12 });
    expect(el.scrollTop).toBe(1000);
  });

  it('stays at the bottom when the content grows under the view, and only leaves when moved up', () => {
    const { el, box } = scroller(200);
    const hook = setup(el);
    box.scrollHeight = 1300;
    scroll(el, 800);
    expect(el.scrollTop).toBe(1100);
    expect(hook.result.current.following).toBe(true);
    box.scrollHeight = 1400;
    act(() => hook.result.current.keep());
    expect(el.scrollTop).toBe(1200);
    scroll(el, 1000);
    expect(hook.result.current.following).toBe(false);
    act(() => hook.result.current.keep());
    expect(el.scrollTop).toBe(1000);
  });

  it('counts from where the chair left the bottom, and toEnd follows again', () => {
    const { el, box } = scroller(200);
    const hook = setup(el);
    expect(hook.result.current.following).toBe(true);
    scroll(el, 100);
    expect(hook.result.current).toMatchObject({ following: false, countWhenLeft: 10 });
    box.scrollHeight = 1500;
    hook.rerender({ count: 15 });
    expect(hook.result.current.countWhenLeft).toBe(10);
    act(() => hook.result.current.toEnd());
    expect(hook.result.current.following).toBe(true);
    expect(el.scrollTop).toBe(1300);
  });

  it('reaches the newest line with one End, however much the rows there grow once measured', () => {
    const { el, box } = scroller(200);
    const hook = setup(el);
    scroll(el, 100);
    expect(hook.result.current.following).toBe(false);
    box.scrollHeight = 4000;
    hook.rerender({ count: 310 });
    const key = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { cancelable: true, ...init });
      act(() => hook.result.current.onKeyDown(event));
      return event;
    };
    expect(key({ key: 'End', shiftKey: true }).defaultPrevented).toBe(false);
    expect(key({ key: 'End' }).defaultPrevented).toBe(true);
    expect(el.scrollTop).toBe(3800);
    expect(hook.result.current.following).toBe(true);
    // The rows brought into view measure taller than estimated: still at the newest line.
    box.scrollHeight = 5200;
    act(() => hook.result.current.keep());
    expect(el.scrollTop).toBe(5000);
    expect(hook.result.current.following).toBe(true);
  });

  it('stops a scroll still carried out for a jump when the chair goes back to the end', () => {
    const { el } = scroller(200);
    const ref = { current: el };
    const takeOver = vi.fn();
    const hook = renderHook(() => useStickToEnd(ref, 10, 32, takeOver));
    // A jump up: it stops following before the view moves, counting from there.
    act(() => hook.result.current.leave());
    expect(hook.result.current).toMatchObject({ following: false, countWhenLeft: 10 });
    expect(takeOver).not.toHaveBeenCalled();
    act(() => hook.result.current.toEnd());
    expect(takeOver).toHaveBeenCalledTimes(1);
    expect(hook.result.current.following).toBe(true);
  });
});

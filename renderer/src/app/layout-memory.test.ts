import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sizeClass, useLayoutMemory } from './layout-memory';

afterEach(() => window.localStorage.clear());

describe('sizeClass', () => {
  it('tells a laptop from a desktop, not a laptop from itself with a taller title bar', () => {
    expect(sizeClass(1366, 768)).toBe(sizeClass(1366, 740));
    expect(sizeClass(1366, 768)).not.toBe(sizeClass(1920, 1080));
    expect(sizeClass(1280, 720)).not.toBe(sizeClass(1920, 1080));
  });
});

describe('useLayoutMemory', () => {
  const size = sizeClass(window.innerWidth, window.innerHeight);

  it('saves a layout the chair made, for this window size, and offers it next time', () => {
    const first = renderHook(() => useLayoutMemory('columns'));
    expect(first.result.current.defaultLayout).toBeUndefined();
    first.result.current.onLayoutChanged(
      { left: 30, center: 50, right: 20 },
      { isUserInteraction: true },
    );
    first.unmount();
    expect(JSON.parse(window.localStorage.getItem(`gavel.layout.columns.${size}`)!)).toEqual({
      left: 30,
      center: 50,
      right: 20,
    });
    const next = renderHook(() => useLayoutMemory('columns'));
    expect(next.result.current.defaultLayout).toEqual({ left: 30, center: 50, right: 20 });
  });

  it('does not save layouts the window made itself, and ignores a damaged one', () => {
    const memory = renderHook(() => useLayoutMemory('columns'));
    memory.result.current.onLayoutChanged(
      { left: 10, center: 80, right: 10 },
      { isUserInteraction: false },
    );
    expect(window.localStorage.getItem(`gavel.layout.columns.${size}`)).toBeNull();
    memory.unmount();
    window.localStorage.setItem(`gavel.layout.columns.${size}`, '{"left": "wide"}');
    expect(
      renderHook(() => useLayoutMemory('columns')).result.current.defaultLayout,
    ).toBeUndefined();
  });
});

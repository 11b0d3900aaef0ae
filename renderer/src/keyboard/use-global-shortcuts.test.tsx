import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isTextEntry, useGlobalShortcuts } from './use-global-shortcuts';

function press(target: EventTarget, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('useGlobalShortcuts', () => {
  it('runs the matching handler and takes the key from the browser', () => {
    const next = vi.fn();
    renderHook(() => useGlobalShortcuts({ 'next-topic': next }, 'other', true));
    const event = press(document.body, { code: 'KeyN', key: 'n', altKey: true });
    expect(next).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves keys without a handler, and everything while disabled, to the browser', () => {
    const find = vi.fn();
    const { rerender } = renderHook(({ on }) => useGlobalShortcuts({ find }, 'other', on), {
      initialProps: { on: true },
    });
    expect(press(document.body, { code: 'KeyN', key: 'n', altKey: true }).defaultPrevented).toBe(
      false,
    );
    rerender({ on: false });
    expect(press(document.body, { code: 'KeyF', key: 'f', ctrlKey: true }).defaultPrevented).toBe(
      false,
    );
    expect(find).not.toHaveBeenCalled();
  });

  it('types "?" in a text field instead of opening help, but still takes Alt shortcuts there', () => {
    const help = vi.fn();
    const info = vi.fn();
    renderHook(() => useGlobalShortcuts({ help, info }, 'other', true));
    const input = document.createElement('input');
    document.body.append(input);
    expect(press(input, { code: 'Slash', key: '?', shiftKey: true }).defaultPrevented).toBe(false);
    press(input, { code: 'KeyI', key: 'i', altKey: true });
    press(document.body, { code: 'Slash', key: '?', shiftKey: true });
    expect(help).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledTimes(1);
    input.remove();
  });

  it('tells text entry from other controls', () => {
    const make = (tag: string, type?: string) => {
      const el = document.createElement(tag);
      if (type) el.setAttribute('type', type);
      return el;
    };
    expect(isTextEntry(make('input'))).toBe(true);
    expect(isTextEntry(make('input', 'search'))).toBe(true);
    expect(isTextEntry(make('textarea'))).toBe(true);
    expect(isTextEntry(make('input', 'checkbox'))).toBe(false);
    expect(isTextEntry(make('button'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

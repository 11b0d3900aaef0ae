import { describe, expect, it } from 'vitest';
import { keepInView } from './keep-in-view';

function boxes(container: { top: number; bottom: number }, item: { top: number; bottom: number }) {
  const pane = document.createElement('div');
  const span = document.createElement('div');
  pane.getBoundingClientRect = () =>
    DOMRect.fromRect({
      x: 0,
      y: container.top,
      width: 100,
      height: container.bottom - container.top,
    });
  span.getBoundingClientRect = () =>
    DOMRect.fromRect({ x: 0, y: item.top, width: 100, height: item.bottom - item.top });
  Object.defineProperty(pane, 'clientHeight', {
    configurable: true,
    value: container.bottom - container.top,
  });
  pane.scrollTop = 100;
  return { pane, span };
}

describe('keepInView', () => {
  it('scrolls down just enough to show a span below the pane', () => {
    const { pane, span } = boxes({ top: 0, bottom: 300 }, { top: 350, bottom: 420 });
    keepInView(pane, span);
    expect(pane.scrollTop).toBe(220);
  });

  it('scrolls up to a span above, and leaves a visible one alone', () => {
    const up = boxes({ top: 0, bottom: 300 }, { top: -40, bottom: 20 });
    keepInView(up.pane, up.span);
    expect(up.pane.scrollTop).toBe(60);
    const seen = boxes({ top: 0, bottom: 300 }, { top: 40, bottom: 100 });
    keepInView(seen.pane, seen.span);
    expect(seen.pane.scrollTop).toBe(100);
  });

  it('counts only the part of the pane that shows content, above a horizontal scroll bar', () => {
    const { pane, span } = boxes({ top: 0, bottom: 300 }, { top: 200, bottom: 290 });
    Object.defineProperty(pane, 'clientHeight', { configurable: true, value: 280 });
    keepInView(pane, span);
    expect(pane.scrollTop).toBe(110);
  });
});

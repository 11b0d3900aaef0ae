import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCore } from '../../testing/render-core';

const VIEW_PX = 300;
const list = () => within(screen.getByTestId('pane-transcript')).getByRole('list');
const sizerPx = () => parseFloat((list().firstElementChild as HTMLElement).style.height);
const frames = (n: number) =>
  act(async () => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });

/**
 * Gives the transcript's scroller a viewport and a browser's scrolling: its height, the rows'
 * total, a scroll position kept between the top and the bottom (jsdom lays out nothing).
 */
function browserScroller(): void {
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('transcript-scroll') ? VIEW_PX : height.get!.call(this);
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('transcript-scroll') ? VIEW_PX : 0;
  });
}

function clampScroll(el: HTMLElement): void {
  let top = 0;
  const max = () => Math.max(0, sizerPx() - VIEW_PX);
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => sizerPx() });
  Object.defineProperty(el, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => {
      top = Math.max(0, Math.min(max(), value));
      el.dispatchEvent(new Event('scroll'));
    },
  });
  el.scrollTo = ((options: ScrollToOptions) => {
    el.scrollTop = options.top ?? top;
  }) as typeof el.scrollTo;
}

afterEach(() => vi.restoreAllMocks());

describe('the transcript keeps following', () => {
  it('when find went to a line near the bottom and new lines come at once', async () => {
    browserScroller();
    const { bridge, store, user } = await renderCore({ meeting: { title: 'vote day' } });
    const el = list();
    clampScroll(el);
    act(() => {
      for (let i = 0; i < 60; i++) bridge.hear('alice', i === 57 ? 'about youtube' : `line ${i}`);
    });
    await within(el).findByText('line 59');
    await frames(3);
    const seq = store.getState().lines.find((line) => line.text === 'about youtube')!.seq;
    // Find selects the line while the meeting goes on: lines come in the frames after.
    act(() => store.getState().jumpTo(seq));
    for (let i = 0; i < 11; i++) {
      act(() => bridge.hear('bob', `vote line ${i}`));
      await frames(1);
    }
    await user.keyboard('{End}');
    for (let i = 11; i < 15; i++) {
      act(() => bridge.hear('bob', `vote line ${i}`));
      await frames(1);
    }
    expect(await within(el).findByText('vote line 14')).toBeInTheDocument();
    await frames(10);
    expect(screen.queryByRole('button', { name: /new line/ })).toBeNull();
    expect(el.scrollTop).toBe(sizerPx() - VIEW_PX);
  });

  it('stays at the match when find closes; new lines wait below until End', async () => {
    browserScroller();
    const { bridge, user } = await renderCore({ meeting: { title: 'vote day' } });
    const el = list();
    clampScroll(el);
    act(() => {
      for (let i = 0; i < 60; i++) bridge.hear('alice', i === 5 ? 'about youtube' : `line ${i}`);
    });
    await within(el).findByText('line 59');
    await frames(3);
    await user.keyboard('{Control>}f{/Control}');
    await user.keyboard('youtube');
    await vi.waitFor(() => expect(screen.getByTestId('find-position')).toHaveTextContent('1 of 1'));
    await frames(3);
    await user.keyboard('{Escape}');
    act(() => bridge.hear('bob', '#frobnicate the release'));
    expect(await screen.findByRole('button', { name: /new line|newest line/ })).toBeInTheDocument();
    expect(el.scrollTop).toBeLessThan(sizerPx() - VIEW_PX);
    el.focus();
    await user.keyboard('{End}');
    await vi.waitFor(() =>
      expect(screen.queryByRole('button', { name: /new line|newest line/ })).toBeNull(),
    );
    await frames(5);
    expect(el.scrollTop).toBe(sizerPx() - VIEW_PX);
  });
});

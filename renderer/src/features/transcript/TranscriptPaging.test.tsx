import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { IDLE_STATUS, transcriptLine } from '../../testing/fake-bridge';
import { OLDER_PAGE_LINES } from '../../state/older-lines';
import { WINDOW_LINES } from '../../state/transcript-slice';
import { renderApp } from '../../testing/render-app';

const joined: ConnectionStatus = {
  ...IDLE_STATUS,
  state: 'joined',
  server: 'irc.example.org',
  port: 6667,
  nick: 'chair',
  channel: '#meet',
  since: 1,
};

const LINES = 7_000;
const list = () => within(screen.getByTestId('pane-transcript')).getByRole('list');
const sizerPx = () => parseFloat((list().firstElementChild as HTMLElement).style.height);

/** Gives the list the height its rows add up to, as a browser lays it out (jsdom lays out nothing). */
function laidOut(el: HTMLElement): void {
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => sizerPx() });
}

function scrollTo(el: HTMLElement, top: number): void {
  act(() => {
    el.scrollTop = top;
    el.dispatchEvent(new Event('scroll'));
  });
}

describe('TranscriptPane paging', () => {
  it('holds the newest lines only, and pages older ones in at the top keeping the view steady', async () => {
    const lines = Array.from({ length: LINES }, (_, i) => transcriptLine(i + 1));
    const { bridge, store } = await renderApp({ status: joined, lines });
    const held = () => store.getState().lines;
    expect(held()).toHaveLength(WINDOW_LINES);
    expect(held()[0]!.seq).toBe(LINES - WINDOW_LINES + 1);
    expect(held().at(-1)!.seq).toBe(LINES);

    const el = list();
    laidOut(el);
    const firstHeld = held()[0]!.seq;
    const before = sizerPx();
    scrollTo(el, before - el.clientHeight);
    scrollTo(el, 0);
    await vi.waitFor(() => expect(held()[0]!.seq).toBeLessThan(firstHeld));
    expect(bridge.callsTo('transcript:before')[0]).toEqual({
      channel: '#meet',
      beforeSeq: firstHeld,
      limit: OLDER_PAGE_LINES,
    });
    expect(held()[0]!.seq).toBeLessThanOrEqual(firstHeld - OLDER_PAGE_LINES);
    // The rows that were in view are still there: the view moved down by what was added above.
    const added = sizerPx() - before;
    expect(added).toBeGreaterThan(0);
    expect(el.scrollTop).toBe(added);
    act(() => void el.dispatchEvent(new Event('scroll')));
    expect(await within(el).findByText(`line ${firstHeld}`)).toBeInTheDocument();
    // Reading old lines, the window lets none go as new ones come.
    const count = held().length;
    act(() =>
      bridge.emit('transcript:append', {
        channel: '#meet',
        fromSeq: LINES + 1,
        lines: [transcriptLine(LINES + 1, { text: 'newest' })],
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(held()).toHaveLength(count + 1);
    expect(screen.getByRole('button', { name: /1 new line/ })).toBeInTheDocument();
  });

  it('pages in the lines down to an old one a jump asks for, and highlights it', async () => {
    const lines = Array.from({ length: LINES }, (_, i) => transcriptLine(i + 1));
    const { bridge, store } = await renderApp({ status: joined, lines });
    const firstHeld = store.getState().lines[0]!.seq;
    const el = list();
    laidOut(el);
    // jsdom does not scroll: scroll as a browser would, telling the list.
    el.scrollTo = ((options: ScrollToOptions) => {
      el.scrollTop = options.top ?? el.scrollTop;
      el.dispatchEvent(new Event('scroll'));
    }) as typeof el.scrollTo;
    act(() => store.getState().jumpTo(10));
    await vi.waitFor(() => expect(store.getState().lines[0]!.seq).toBe(10));
    expect(bridge.callsTo('transcript:before')).toEqual([
      { channel: '#meet', beforeSeq: firstHeld, limit: 1000 },
      { channel: '#meet', beforeSeq: firstHeld - 1000, limit: firstHeld - 1010 },
    ]);
    await vi.waitFor(() => {
      const row = within(el)
        .getAllByTestId('transcript-line')
        .find((el) => el.dataset.seq === '10');
      expect(row).toHaveClass('line-flash');
    });
  });

  it('stops asking once the core has no older line', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => transcriptLine(i + 101));
    const { bridge, store } = await renderApp({ status: joined, lines });
    const el = list();
    Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => 5_000 });
    scrollTo(el, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    scrollTo(el, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.callsTo('transcript:before')).toEqual([
      { channel: '#meet', beforeSeq: 101, limit: OLDER_PAGE_LINES },
    ]);
    expect(store.getState().transcriptAtStart).toBe(true);
    expect(store.getState().lines[0]!.seq).toBe(101);
  });
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WINDOW_LINES, WINDOW_MAX_LINES } from '../../state/transcript-slice';
import { renderCore } from '../../testing/render-core';

const list = () => within(screen.getByTestId('pane-transcript')).getByRole('list');
const sizerPx = () => parseFloat((list().firstElementChild as HTMLElement).style.height);

function scrollTo(el: HTMLElement, top: number): void {
  act(() => {
    el.scrollTop = top;
    el.dispatchEvent(new Event('scroll'));
  });
}

describe('the window holds a bounded number of lines while the chair reads further up', () => {
  it('lets the newest go, counts them, keeps the view, and fetches them back at the end', async () => {
    const { bridge, store, user } = await renderCore({ meeting: { title: 'long' } });
    act(() => {
      for (let i = 0; i < 100; i++) bridge.hear('alice', `early ${i}`);
    });
    const el = list();
    await within(el).findByText('early 99');
    Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => sizerPx() });
    const lastSeen = store.getState().transcriptNewest;
    // The chair scrolls up a little to read.
    scrollTo(el, sizerPx() - 400);
    scrollTo(el, sizerPx() - 1000);
    const top = el.scrollTop;
    const more = WINDOW_MAX_LINES + 300;
    act(() => {
      for (let i = 0; i < more; i++) bridge.hear('bob', `later ${i}`);
    });
    await vi.waitFor(() => expect(store.getState().transcriptNewest).toBe(lastSeen + more), {
      timeout: 10_000,
    });
    const held = store.getState().lines;
    expect(held.length).toBe(WINDOW_MAX_LINES);
    expect(held[0]!.text).not.toBe('later 0');
    expect(held.at(-1)!.seq).toBeLessThan(lastSeen + more);
    expect(el.scrollTop).toBe(top);
    const button = screen.getByRole('button', { name: new RegExp(`${more} new lines`) });
    const asked = bridge.callsTo('transcript:since').length;

    await user.click(button);
    await vi.waitFor(() => expect(store.getState().lines.at(-1)!.text).toBe(`later ${more - 1}`));
    expect(store.getState().lines.length).toBeLessThanOrEqual(WINDOW_LINES);
    expect(bridge.callsTo('transcript:since').slice(asked)).toEqual([
      { channel: '#meet', afterSeq: held.at(-1)!.seq },
    ]);
    expect(screen.queryByRole('button', { name: /new line/ })).toBeNull();
    expect(await within(el).findByText(`later ${more - 1}`)).toBeInTheDocument();
  }, 30_000);

  it('after more came than it holds, End fetches only the newest, in place of the lines held', async () => {
    const { bridge, store, user } = await renderCore({ meeting: { title: 'long' } });
    act(() => {
      for (let i = 0; i < 100; i++) bridge.hear('alice', `early ${i}`);
    });
    const el = list();
    await within(el).findByText('early 99');
    Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => sizerPx() });
    scrollTo(el, sizerPx() - 400);
    scrollTo(el, sizerPx() - 1000);
    const more = WINDOW_MAX_LINES + WINDOW_LINES;
    act(() => {
      for (let i = 0; i < more; i++) bridge.hear('bob', `later ${i}`);
    });
    const newest = () => store.getState().transcriptNewest;
    await vi.waitFor(() => expect(store.getState().lines.length).toBe(WINDOW_MAX_LINES), {
      timeout: 10_000,
    });
    await vi.waitFor(
      () =>
        expect(screen.getByRole('button', { name: /new lines/ })).toHaveTextContent(
          `${more} new lines`,
        ),
      { timeout: 10_000 },
    );
    const asked = bridge.callsTo('transcript:since').length;
    act(() => el.focus());
    await user.keyboard('{End}');
    await vi.waitFor(() => expect(store.getState().lines.at(-1)!.text).toBe(`later ${more - 1}`));
    expect(bridge.callsTo('transcript:since').slice(asked)).toEqual([
      { channel: '#meet', afterSeq: newest() - WINDOW_LINES },
    ]);
    expect(store.getState().lines).toHaveLength(WINDOW_LINES);
    expect(screen.queryByRole('button', { name: /new line/ })).toBeNull();
  }, 30_000);

  it('brings back a line it let go when find selects it', async () => {
    const { bridge, store, user } = await renderCore({ meeting: { title: 'long' } });
    act(() => {
      for (let i = 0; i < 100; i++) bridge.hear('alice', `early ${i}`);
    });
    const el = list();
    await within(el).findByText('early 99');
    Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => sizerPx() });
    el.scrollTo = ((options: ScrollToOptions) => {
      el.scrollTop = options.top ?? el.scrollTop;
      el.dispatchEvent(new Event('scroll'));
    }) as typeof el.scrollTo;
    scrollTo(el, sizerPx() - 400);
    scrollTo(el, sizerPx() - 1000);
    const more = WINDOW_MAX_LINES + 300;
    act(() => {
      for (let i = 0; i < more; i++)
        bridge.hear('bob', i === more - 1 ? 'the needle' : `later ${i}`);
    });
    await vi.waitFor(
      () =>
        expect(screen.getByRole('button', { name: /new lines/ })).toHaveTextContent(
          `${more} new lines`,
        ),
      { timeout: 10_000 },
    );
    const needle = store.getState().transcriptNewest;
    expect(store.getState().lines.at(-1)!.seq).toBeLessThan(needle);

    await user.keyboard('{Control>}f{/Control}');
    await user.keyboard('needle');
    await vi.waitFor(() => expect(screen.getByTestId('find-position')).toHaveTextContent('1 of 1'));
    await vi.waitFor(() => expect(store.getState().lines.at(-1)!.seq).toBe(needle));
    expect(store.getState().lines.length).toBeLessThanOrEqual(WINDOW_MAX_LINES);
    act(() => void el.dispatchEvent(new Event('scroll')));
    await vi.waitFor(() => {
      const row = within(el)
        .getAllByTestId('transcript-line')
        .find((line) => line.dataset.seq === String(needle));
      expect(row).toHaveClass('line-flash');
    });
  }, 30_000);
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WINDOW_LINES } from '../../state/transcript-slice';
import { createTestCore, type TestCore } from '../../testing/render-core';
import { renderAppOver } from '../../testing/render-app';

const list = () => within(screen.getByTestId('pane-transcript')).getByRole('list');
const sizerPx = () => parseFloat((list().firstElementChild as HTMLElement).style.height);

/** Lays the list out and scrolls it as a browser would (jsdom does neither). */
function browserLike(el: HTMLElement): void {
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => sizerPx() });
  el.scrollTo = ((options: ScrollToOptions) => {
    el.scrollTop = options.top ?? el.scrollTop;
    el.dispatchEvent(new Event('scroll'));
  }) as typeof el.scrollTo;
}

/** Has the core hear `texts` in #meet and waits until its transcript holds them all. */
async function said(core: TestCore, texts: readonly string[]): Promise<number> {
  const before = await core.invoke('transcript:since', { channel: '#meet', afterSeq: 0 });
  const from = before.ok ? before.value.lastSeq : 0;
  for (const text of texts) core.hear('alice', text);
  let last = from;
  await vi.waitFor(
    async () => {
      const now = await core.invoke('transcript:since', { channel: '#meet', afterSeq: 0 });
      last = now.ok ? now.value.lastSeq : 0;
      expect(last).toBe(from + texts.length);
    },
    { timeout: 10_000, interval: 50 },
  );
  return last;
}

describe('find in a meeting longer than the window holds', () => {
  it('finds lines the window let go, and pages the one selected back in', async () => {
    const core = await createTestCore({ meeting: { title: 'long' } });
    const filler = Array.from({ length: WINDOW_LINES * 1.25 + 500 }, (_, i) => `line ${i}`);
    const oldSeq = (await said(core, ['the old budget'])) as number;
    await said(core, filler);
    const newSeq = await said(core, ['the new budget']);
    const { store, user } = await renderAppOver(core);
    const held = () => store.getState().lines;
    expect(held()[0]!.seq).toBeGreaterThan(oldSeq);
    browserLike(list());

    await user.keyboard('{Control>}f{/Control}');
    await user.keyboard('budget');
    const position = screen.getByTestId('find-position');
    // The window holds one of them; the core finds both.
    await vi.waitFor(() => expect(position).toHaveTextContent('2 of 2'));
    expect(core.callsTo('transcript:find').at(-1)).toEqual({
      channel: '#meet',
      query: 'budget',
      limit: 10_000,
    });
    expect(store.getState().jump?.seq).toBe(newSeq);

    await user.keyboard('{Enter}');
    expect(position).toHaveTextContent('1 of 2');
    expect(store.getState().jump?.seq).toBe(oldSeq);
    await vi.waitFor(() => expect(held()[0]!.seq).toBeLessThanOrEqual(oldSeq));
    act(() => void list().dispatchEvent(new Event('scroll')));
    await vi.waitFor(() => {
      const row = within(list())
        .getAllByTestId('transcript-line')
        .find((el) => el.dataset.seq === String(oldSeq));
      expect(row).toHaveClass('line-flash');
      expect(row).toHaveTextContent('the old budget');
    });
  }, 30_000);
});

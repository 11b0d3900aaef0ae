import { describe, expect, it } from 'vitest';
import { transcriptLine } from '../testing/fake-bridge';
import { createAppStore } from './store';
import { WINDOW_LINES, WINDOW_MAX_LINES } from './transcript-slice';

const run = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => transcriptLine(from + i));

describe('the lines the window holds', () => {
  it('while the chair reads further up, lets the newest go past the bound and counts them', () => {
    const store = createAppStore();
    store.getState().resetTranscript('#meet', run(1, 100));
    store.getState().setTranscriptFollowing(false);
    store.getState().appendLines(run(101, WINDOW_MAX_LINES));
    const held = () => store.getState().lines;
    expect(held()).toHaveLength(WINDOW_MAX_LINES);
    expect(held()[0]!.seq).toBe(1);
    expect(store.getState().transcriptNewest).toBe(100 + WINDOW_MAX_LINES);
    // Once one is let go, every later one waits with it, so the lines held have no gap.
    store.getState().setTranscriptFollowing(true);
    store.getState().appendLines(run(101 + WINDOW_MAX_LINES, 5));
    expect(held().at(-1)!.seq).toBe(WINDOW_MAX_LINES);
    expect(store.getState().transcriptNewest).toBe(105 + WINDOW_MAX_LINES);
    store.getState().fillNewer(run(WINDOW_MAX_LINES + 1, 105), false);
    expect(held().at(-1)!.seq).toBe(105 + WINDOW_MAX_LINES);
    expect(held()).toHaveLength(WINDOW_LINES);
  });

  it('paging older lines in while reading back lets the newest go', () => {
    const store = createAppStore();
    store.getState().resetTranscript('#meet', run(5_001, WINDOW_MAX_LINES - 10));
    store.getState().setTranscriptFollowing(false);
    store.getState().prependLines(run(4_501, 500));
    const held = store.getState().lines;
    expect(held).toHaveLength(WINDOW_LINES);
    expect(held[0]!.seq).toBe(4_501);
    expect(store.getState().transcriptNewest).toBe(5_000 + WINDOW_MAX_LINES - 10);
  });
});

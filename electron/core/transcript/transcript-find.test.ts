import { afterEach, describe, expect, it } from 'vitest';
import { createCoreBridge, type CoreBridge } from '../../testing/core-bridge';

let bridge: CoreBridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

// Past the 12,500 at which the store lets a channel's oldest lines go, down to the newest 10,000:
// the oldest are then the meeting's alone.
const LINES = 12_600;

describe('transcript:find on the core', () => {
  it("finds in a live meeting's whole transcript, lines the store let go included", async () => {
    bridge = createCoreBridge();
    await bridge.join();
    await bridge.startMeeting({ title: 'long' });
    for (let i = 0; i < LINES; i++) bridge.hear('alice', i === 3 ? 'the OLD budget' : `line ${i}`);
    bridge.hear('bob', 'budget again');
    let last = 0;
    await expect
      .poll(
        async () => {
          const got = await bridge!.invoke('transcript:before', {
            channel: '#meet',
            beforeSeq: 1e9,
            limit: 1,
          });
          last = got.ok ? (got.value.lines[0]?.seq ?? 0) : 0;
          return got.ok && got.value.lines[0]?.text;
        },
        { timeout: 20_000 },
      )
      .toBe('budget again');
    const found = await bridge.invoke('transcript:find', {
      channel: '#MEET',
      query: 'Budget',
      limit: 100,
    });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value).toMatchObject({ channel: '#meet', lastSeq: last, more: false });
    expect(found.value.seqs).toHaveLength(2);
    expect(found.value.seqs[1]).toBe(last);
    // The old one is older than the store keeps: the meeting has it, as transcript:before does.
    const old = found.value.seqs[0]!;
    expect(old).toBeLessThan(last - 10_000);
    const page = await bridge.invoke('transcript:before', {
      channel: '#meet',
      beforeSeq: old + 1,
      limit: 1,
    });
    expect(page.ok && page.value.lines[0]?.text).toBe('the OLD budget');
    // Refused with the reason, never run.
    const empty = await bridge.invoke('transcript:find', {
      channel: '#meet',
      query: ' ',
      limit: 5,
    });
    expect(empty.ok || empty.error.message).toBe('query: Nothing to find.');
  }, 60_000);
});

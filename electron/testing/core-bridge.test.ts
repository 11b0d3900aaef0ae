import { afterEach, describe, expect, it } from 'vitest';
import { createCoreBridge, type CoreBridge } from './core-bridge';

let bridge: CoreBridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

describe('createCoreBridge', () => {
  it('runs a meeting on the real core: joined, started, a topic heard, the view pushed', async () => {
    bridge = createCoreBridge();
    const states: string[] = [];
    bridge.on('meeting:state', (view) => states.push(view.topics.map((t) => t.title).join()));
    await bridge.join();
    const status = await bridge.invoke('irc:getStatus', {});
    expect(status.ok && status.value.state).toBe('joined');
    const started = await bridge.invoke('meeting:start', {
      channel: '#meet',
      title: 'weekly',
      mode: 'quiet',
    });
    expect(started.ok).toBe(true);
    bridge.hear('chair', '#topic Budget');
    await expect
      .poll(async () => {
        const got = await bridge!.invoke('meeting:get', { channel: '#meet' });
        return got.ok ? got.value?.topics.map((t) => t.title) : null;
      })
      .toEqual(['Budget']);
    // meeting:state is throttled; the last one pushed carries the topic.
    await expect.poll(() => states.at(-1)).toBe('Budget');
  });

  it('validates requests as the shells do', async () => {
    bridge = createCoreBridge();
    const refused = await bridge.invoke('meeting:get', { channel: 42 } as never);
    expect(refused.ok || refused.error.code).toBe('bad-request');
  });
});

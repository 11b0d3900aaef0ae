import { describe, expect, it, vi } from 'vitest';
import { createFakeBridge } from './fake-bridge';
import { getBridge, type BridgePlace } from './get-bridge';

function place(gavel?: ReturnType<typeof createFakeBridge>, protocol = 'http:'): BridgePlace {
  return {
    gavel,
    location: {
      hash: '#token=s3cret',
      pathname: '/',
      search: '',
      protocol,
      host: '127.0.0.1:4173',
    },
    history: { replaceState: vi.fn(), state: null },
    sessionStorage: { getItem: () => null, setItem: () => {} },
  };
}

describe('getBridge', () => {
  it("uses Electron's preload bridge when it is there, with no link to lose", async () => {
    const fake = createFakeBridge();
    const { bridge, link } = getBridge(place(fake));
    expect(link).toBeNull();
    await bridge.invoke('irc:getStatus', {});
    expect(fake.callsTo('irc:getStatus')).toHaveLength(1);
  });

  it('otherwise opens the WebSocket on the bridge path with the token', () => {
    const urls: string[] = [];
    class FakeWebSocket {
      onopen = null;
      onmessage = null;
      onclose = null;
      constructor(url: string) {
        urls.push(url);
      }
      close() {}
    }
    vi.stubGlobal('WebSocket', FakeWebSocket);
    try {
      const { link } = getBridge(place());
      expect(link?.current().state).toBe('connecting');
      getBridge(place(undefined, 'https:'));
      expect(urls[0]).toMatch(/^ws:\/\/127\.0\.0\.1:4173\/bridge\?token=s3cret$/);
      expect(urls[1]).toBe('wss://127.0.0.1:4173/bridge?token=s3cret');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createFakeBridge } from '../testing/fake-bridge';
import { getBridge, type BridgePlace } from './get-bridge';
import type { SessionFetch } from './host-token';

function place(
  gavel?: ReturnType<typeof createFakeBridge>,
  protocol = 'http:',
  fetch?: SessionFetch,
): BridgePlace {
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
    fetch: fetch ?? (async () => ({ status: 204 })),
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

  it('otherwise trades the token for a session, then opens the socket with no secret in its URL', async () => {
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
      const trades: string[] = [];
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const fetchFn: SessionFetch = async (path, init) => {
        trades.push(`${init.method} ${path} ${init.headers?.Authorization}`);
        await gate;
        return { status: 204 };
      };
      const { link } = getBridge(place(undefined, 'http:', fetchFn));
      expect(link?.current().state).toBe('connecting');
      getBridge(place(undefined, 'https:'));
      await Promise.resolve();
      expect(urls).toEqual([]);
      release();
      await vi.waitFor(() => expect(urls).toHaveLength(2));
      expect(trades).toEqual(['POST /session Bearer s3cret']);
      expect(urls).toContain('ws://127.0.0.1:4173/bridge');
      expect(urls).toContain('wss://127.0.0.1:4173/bridge');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says at once that the page has no access, with no socket opened and calls answered', async () => {
    const urls: string[] = [];
    vi.stubGlobal(
      'WebSocket',
      class {
        constructor(url: string) {
          urls.push(url);
        }
        close() {}
      },
    );
    try {
      const noToken = place(undefined, 'http:', async () => ({ status: 401 }));
      noToken.location.hash = '';
      const started = Date.now();
      const { bridge, link } = getBridge(noToken);
      const call = bridge.invoke('irc:getStatus', {});
      await vi.waitFor(() => expect(link?.current().state).toBe('lost'));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(link?.current().message).toMatch(/no access token/);
      await expect(call).resolves.toMatchObject({
        ok: false,
        error: { code: 'lost-contact', message: expect.stringMatching(/no access token/) },
      });
      expect(urls).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

import type { GavelBridge } from '../../../shared/ipc/bridge';
import { WS_PATH } from '../../../shared/ipc/ws-protocol';
import { withCallTimeouts } from './call-timeouts';
import type { HostLink } from './host-link';
import { openHostSession, takeHostToken, type SessionFetch, type TokenPlace } from './host-token';
import { openBrowserSocket, type OpenSocket, type SocketHandle } from './socket';
import { createWsBridge } from './ws-bridge';

declare global {
  interface Window {
    /** Set by Electron's preload; absent when the page is served by the browser host. */
    gavel?: GavelBridge;
  }
}

/** The bridge this window talks through, and the link under it when that link can drop. */
export interface BridgeConnection {
  bridge: GavelBridge;
  /** Null in Electron, where the bridge cannot lose its link. */
  link: HostLink | null;
}

/** What `getBridge` reads from the page; `window` in the app. */
export type BridgePlace = TokenPlace & {
  gavel?: GavelBridge;
  location: TokenPlace['location'] & Pick<Location, 'protocol' | 'host'>;
  fetch?: SessionFetch;
};

/** Opens sockets only once `ready` settles with a session (not `false`), then as `open` does. */
function afterSession(ready: Promise<unknown>, open: OpenSocket): OpenSocket {
  return (url, handlers) => {
    let handle: SocketHandle | null = null;
    let closed = false;
    void ready.then((ok) => {
      if (!closed && ok !== false) handle = open(url, handlers);
    });
    return {
      send: (data) => handle?.send(data),
      close: () => {
        closed = true;
        handle?.close();
      },
    };
  };
}

/**
 * The bridge to the app: Electron's preload bridge (`window.gavel`) when present, else a
 * WebSocket client to the browser host that served this page. The one-time token the host put
 * in the address is taken out of it and traded for a session cookie before the socket opens.
 */
export function getBridge(place: BridgePlace = window): BridgeConnection {
  if (place.gavel) return { bridge: withCallTimeouts(place.gavel), link: null };
  const token = takeHostToken(place);
  // Called as a method, so the page's own fetch keeps `window` as its receiver.
  const fetchFn: SessionFetch = (path, init) =>
    place.fetch ? place.fetch(path, init) : fetch(path, init);
  let hasSession = true;
  const ready = openHostSession(token, fetchFn).then((ok) => (hasSession = ok));
  const scheme = place.location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = createWsBridge({
    url: `${scheme}://${place.location.host}${WS_PATH}`,
    hasToken: () => hasSession,
    openSocket: afterSession(ready, openBrowserSocket),
  });
  // Without a session the socket would be refused: say so now, not after every retry.
  void ready.then((ok) => {
    if (!ok) ws.refused();
  });
  return { bridge: ws, link: ws };
}

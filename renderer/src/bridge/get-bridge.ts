import type { GavelBridge } from '../../../shared/ipc/bridge';
import { WS_PATH } from '../../../shared/ipc/ws-protocol';
import { withCallTimeouts } from './call-timeouts';
import type { HostLink } from './host-link';
import { takeHostToken, type TokenPlace } from './host-token';
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
};

/**
 * The bridge to the app: Electron's preload bridge (`window.gavel`) when present, else a
 * WebSocket client to the browser host that served this page, authenticated by the token the
 * host put in the URL fragment.
 */
export function getBridge(place: BridgePlace = window): BridgeConnection {
  if (place.gavel) return { bridge: withCallTimeouts(place.gavel), link: null };
  const token = takeHostToken(place);
  const scheme = place.location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${place.location.host}${WS_PATH}?token=${encodeURIComponent(token ?? '')}`;
  const ws = createWsBridge({ url, hasToken: token !== null });
  return { bridge: ws, link: ws };
}

/**
 * How the page's link to the Gavel app stands. Only the browser host's WebSocket can drop;
 * Electron's preload bridge has no link to lose, so it has no `HostLink` at all.
 */
export type LinkState = 'connecting' | 'open' | 'reconnecting' | 'lost';

/** The link's state and, when it is `lost`, a sentence saying why and what to do. */
export interface LinkStatus {
  state: LinkState;
  message: string | null;
}

/** A link to the app that can drop, be watched, and be retried by the user. */
export interface HostLink {
  /** The link's state right now. */
  current(): LinkStatus;
  /** Calls `listener` on every change; returns the function that stops listening. */
  onChange(listener: (status: LinkStatus) => void): () => void;
  /** After `lost`, tries again from the start; does nothing otherwise. */
  retry(): void;
}

/** What the bridge hears from its socket. */
export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  /** The socket closed or could not open; called once per socket. */
  close(): void;
}

/** What the bridge does with its socket. */
export interface SocketHandle {
  /** Sends text, or bytes as a binary frame. */
  send(data: string | Uint8Array<ArrayBuffer>): void;
  close(): void;
}

/** Opens a socket to `url`; the browser's WebSocket in the app, a stand-in in tests. */
export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketHandle;

/** The browser's WebSocket behind the small interface the bridge needs. */
export const openBrowserSocket: OpenSocket = (url, handlers) => {
  let ws: WebSocket;
  try {
    ws = new WebSocket(url);
  } catch {
    // A malformed URL throws synchronously; report it the way a failed connection is reported.
    queueMicrotask(() => handlers.close());
    return { send: () => {}, close: () => {} };
  }
  ws.onopen = () => handlers.open();
  ws.onmessage = (event) => {
    if (typeof event.data === 'string') handlers.message(event.data);
  };
  ws.onclose = () => handlers.close();
  return {
    send: (data) => ws.send(data),
    close: () => ws.close(),
  };
};

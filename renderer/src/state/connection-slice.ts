import type { StateCreator } from 'zustand/vanilla';
import type { IpcError } from '../../../shared/ipc/result';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import type { LinkStatus } from '../bridge/host-link';
import type { AppState } from './store';

/** The IRC connection as the window knows it, and the window's own link to the app. */
export interface ConnectionSlice {
  /** The core's last reported status; null until the first answer. */
  status: ConnectionStatus | null;
  /** The link to the app (always `open` in Electron). */
  link: LinkStatus;
  /** The last connection the chair asked for, for "Retry". */
  lastRequest: ConnectRequest | null;
  /** True while an `irc:connect` call waits for its answer. */
  pending: boolean;
  /** A connect or disconnect call that failed before reaching the server (bad request, timeout). */
  requestError: IpcError | null;
  /** The app did not answer the start-up questions; cleared by a later successful sync. */
  syncError: IpcError | null;
  /** True while the chair edits the connection although one is up. */
  editingConnection: boolean;
  /** Goes up each time the chair asks to edit the connection; the form takes focus on a change. */
  focusRequest: number;
  /**
   * Takes a status unless it is older than the one held. `fromEvent` statuses win ties, since
   * events are the core's own running order and a call's answer may arrive after them.
   */
  applyStatus(status: ConnectionStatus, fromEvent: boolean): void;
  setLink(link: LinkStatus): void;
  beginRequest(request: ConnectRequest | null): void;
  endRequest(error: IpcError | null): void;
  setSyncError(error: IpcError | null): void;
  /** Shows the connect form and moves focus to it. */
  openConnectionForm(): void;
  /** Hides the connect form again if a connection is up. */
  closeConnectionForm(): void;
}

/** The connection slice of the app store. */
export const createConnectionSlice: StateCreator<AppState, [], [], ConnectionSlice> = (set) => ({
  status: null,
  link: { state: 'open', message: null },
  lastRequest: null,
  pending: false,
  requestError: null,
  syncError: null,
  editingConnection: false,
  focusRequest: 0,
  applyStatus: (status, fromEvent) =>
    set((state) => {
      const held = state.status;
      if (held && (status.since < held.since || (status.since === held.since && !fromEvent)))
        return {};
      return { status };
    }),
  setLink: (link) => set({ link }),
  beginRequest: (request) =>
    set((state) => ({
      pending: true,
      requestError: null,
      lastRequest: request ?? state.lastRequest,
    })),
  endRequest: (error) =>
    set((state) => ({
      pending: false,
      requestError: error,
      editingConnection: error ? state.editingConnection : false,
    })),
  setSyncError: (syncError) => set({ syncError }),
  openConnectionForm: () =>
    set((state) => ({ editingConnection: true, focusRequest: state.focusRequest + 1 })),
  closeConnectionForm: () => set({ editingConnection: false }),
});

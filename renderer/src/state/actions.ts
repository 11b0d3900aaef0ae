import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';
import type { ConnectionStatus, ConnectRequest, Res, Settings } from '../../../shared/ipc/schemas';
import type { HostLink } from '../bridge/host-link';
import type { MenuCommandSource } from '../keyboard/menu-commands';
import type { Sync } from './ipc-sync';
import { createAfterMeetingClient, type AfterMeetingClient } from './after-meeting-client';
import { createMeetingActions, type MeetingActions } from './meeting-actions';
import { createFindLines, type FoundLines } from './find-lines';
import { createNewerLines } from './newer-lines';
import { createOlderLines } from './older-lines';
import { currentProblem } from './problem';
import type { AppStore } from './store';
import { sayTarget } from './ui-slice';

/** What the chair can do from the window; components call these, never the bridge. */
export interface Actions extends MeetingActions {
  /** Asks the core to connect; progress and failure arrive as status. */
  connect(request: ConnectRequest): Promise<void>;
  disconnect(): Promise<void>;
  /**
   * Says a line in the channel, or in the practice while one is in front (never in a channel
   * then); its echo arrives through the transcript, not from here.
   */
  say(text: string): Promise<Result<Res<'irc:say'>>>;
  /** Does whatever fixes the current problem: re-link, re-sync or reconnect. */
  retry(): void;
  /** Opens the connect form (focus goes to it). */
  editConnection(): void;
  /**
   * After a `tls-untrusted` failure, connects again trusting exactly the certificate the server
   * showed (its SHA-256 fingerprint), as the chair chose having seen it.
   */
  trustCertificate(): void;
  /** Closes the connect form when a connection is up. */
  closeConnectionForm(): void;
  /** History, export, import, marks, search, practice and scheduling. */
  afterMeeting: AfterMeetingClient;
  /** Applies the theme at once and saves it; when it cannot be saved it is put back, with a notice. */
  setTheme(theme: Settings['theme']): Promise<void>;
  /** Listens to the application menu's commands (Electron's menu; none in browser mode). */
  onMenuCommand: MenuCommandSource;
  /**
   * Pages the transcript lines before the first one the window holds back in: a page, or as
   * many as it takes to hold line `through`.
   */
  loadOlderLines(through?: number): Promise<void>;
  /**
   * Fetches again the newest lines the window let go while the chair read further up (when the
   * chair goes back to the end, or a jump asks for one of them).
   */
  loadNewerLines(): Promise<void>;
  /** Finds text in the whole transcript of the followed channel; null when the core cannot say. */
  findLines(query: string): Promise<FoundLines | null>;
}

/** What the actions work with. */
export interface ActionDeps {
  bridge: GavelBridge;
  store: AppStore;
  link: HostLink | null;
  sync: Pick<Sync, 'refresh'>;
}

function requestOf(status: ConnectionStatus | null): ConnectRequest | null {
  if (!status?.server || status.port === null || !status.nick || !status.channel) return null;
  return {
    server: status.server,
    port: status.port,
    tls: status.tls,
    nick: status.nick,
    channel: status.channel,
  };
}

/** The window's actions over `deps`. The core saves the last connection itself. */
export function createActions({ bridge, store, link, sync }: ActionDeps): Actions {
  const connect = async (request: ConnectRequest) => {
    store.getState().beginRequest(request);
    const result = await bridge.invoke('irc:connect', request);
    if (result.ok) store.getState().applyStatus(result.value, false);
    store.getState().endRequest(result.ok ? null : result.error);
  };

  return {
    ...createMeetingActions(bridge, store),
    afterMeeting: createAfterMeetingClient(bridge),
    connect,
    async disconnect() {
      const result = await bridge.invoke('irc:disconnect', {});
      if (result.ok) store.getState().applyStatus(result.value, false);
      else store.getState().endRequest(result.error);
    },
    closeConnectionForm: () => store.getState().closeConnectionForm(),
    say: (text) => bridge.invoke('irc:say', { text, ...sayTarget(store.getState()) }),
    retry() {
      const state = store.getState();
      const problem = currentProblem(state);
      if (problem?.kind === 'link') return link?.retry();
      if (problem?.kind === 'sync') return void sync.refresh();
      const again =
        state.lastRequest ?? requestOf(state.status) ?? state.settings?.lastConnection ?? null;
      if (again) void connect(again);
      else state.openConnectionForm();
    },
    editConnection: () => store.getState().openConnectionForm(),
    async setTheme(theme) {
      const before = store.getState().settings;
      if (before) store.getState().setSettings({ ...before, theme });
      const result = await bridge.invoke('settings:set', { theme });
      if (result.ok) return store.getState().setSettings(result.value);
      if (before) store.getState().setSettings(before);
      store.getState().setNotice({ tone: 'error', message: result.error.message });
    },
    onMenuCommand: (listener) => bridge.on('app:command', ({ command }) => listener(command)),
    loadOlderLines: createOlderLines(bridge, store),
    loadNewerLines: createNewerLines(bridge, store),
    findLines: createFindLines(bridge, store),
    trustCertificate() {
      const state = store.getState();
      const certificate = state.status?.certificate;
      const again =
        state.lastRequest ?? requestOf(state.status) ?? state.settings?.lastConnection ?? null;
      if (certificate && again) {
        void connect({ ...again, trustFingerprint: certificate.fingerprint256 });
      }
    },
  };
}

import type { TranscriptLine } from '../../../shared/domain/line';
import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { ConnectionStatus, Payload } from '../../../shared/ipc/schemas';
import { sameChannel } from '../../../shared/irc/casemap';
import type { HostLink, LinkStatus } from '../bridge/host-link';
import { createBatcher, type Schedule } from './batcher';
import { startMeetingSync } from './meeting-sync';
import type { AppStore } from './store';
import { createSequencer, type Sequencer } from './transcript-sequencer';
import { WINDOW_LINES } from './transcript-slice';
import { followedChannel } from './notice';

/** What the sync connects. */
export interface SyncDeps {
  bridge: GavelBridge;
  store: AppStore;
  /** The link under the bridge, when it can drop (browser host). */
  link: HostLink | null;
  /** When to flush batched lines; one frame by default. */
  schedule?: Schedule;
  /** Pause before retrying a failed transcript re-sync. */
  retryDelayMs?: number;
}

/** The running sync. */
export interface Sync {
  /** Settles when the first refresh has finished. */
  ready: Promise<void>;
  /** Asks the app for status, settings and the transcript again; resolves when done. */
  refresh(): Promise<void>;
  /** Stops listening; the store is left as it is. */
  stop(): void;
}

/**
 * The only place that listens to the bridge. On start (and whenever the link comes back) it asks
 * for the status, the settings and the followed channel's transcript, meeting and agenda; then it
 * applies `irc:status` events, `transcript:append` batches (in `seq` order without duplicates,
 * re-syncing on a gap) and the channel's `meeting:state` / `agenda:state`. Lines arriving within
 * a frame reach the store in one update.
 */
export function startSync(deps: SyncDeps): Sync {
  const { bridge, store, link } = deps;
  const batcher = createBatcher<TranscriptLine>(
    (lines) => store.getState().appendLines(lines),
    deps.schedule,
  );
  let follower: { channel: string; sequencer: Sequencer } | null = null;
  let stopped = false;
  const meetings = startMeetingSync(
    bridge,
    store,
    () => follower?.channel ?? null,
    deps.retryDelayMs,
  );

  const follow = async (channel: string): Promise<void> => {
    if (follower && sameChannel(follower.channel, channel)) {
      await Promise.all([follower.sequencer.resync(), meetings.load(channel)]);
      return;
    }
    follower?.sequencer.stop();
    batcher.cancel();
    store.getState().resetTranscript(channel, []);
    store.getState().setMeeting(null);
    store.getState().setAgenda(null);
    const sequencer = createSequencer({
      fetchSince: (afterSeq) => bridge.invoke('transcript:since', { channel, afterSeq }),
      deliver: (lines, snapshot) => {
        if (!snapshot) return batcher.add(lines);
        batcher.flush();
        store.getState().appendLines(lines);
      },
      restart: () => {
        batcher.cancel();
        store.getState().resetTranscript(channel, []);
      },
      report: (error) => store.getState().setSyncError(error),
      retryDelayMs: deps.retryDelayMs,
      tail: WINDOW_LINES,
    });
    follower = { channel, sequencer };
    await Promise.all([sequencer.resync(), meetings.load(channel)]);
  };

  /** The channel the window shows: a practice replay's, the connection's or the one prepared. */
  const wanted = (): string | null => followedChannel(store.getState());
  const followWanted = () => {
    const channel = wanted();
    if (channel && !(follower && sameChannel(follower.channel, channel))) void follow(channel);
  };

  const onStatus = (status: ConnectionStatus) => {
    store.getState().applyStatus(status, true);
    followWanted();
  };

  const onPractice = (practice: Payload<'practice:state'>) => {
    store.getState().setPractice(practice);
    followWanted();
  };

  const onAppend = ({ channel, lines }: Payload<'transcript:append'>) => {
    if (!follower) void follow(channel);
    if (follower && sameChannel(follower.channel, channel)) follower.sequencer.accept(lines);
  };

  const refresh = async () => {
    const [status, settings] = await Promise.all([
      bridge.invoke('irc:getStatus', {}),
      bridge.invoke('settings:get', {}),
    ]);
    if (stopped) return;
    const state = store.getState();
    if (settings.ok) state.setSettings(settings.value);
    if (status.ok) state.applyStatus(status.value, true);
    state.setSyncError(!status.ok ? status.error : !settings.ok ? settings.error : null);
    const channel =
      wanted() ??
      follower?.channel ??
      (settings.ok ? settings.value.lastConnection?.channel : undefined);
    if (channel) await follow(channel);
  };

  const unsubscribe = [
    bridge.on('irc:status', onStatus),
    bridge.on('transcript:append', onAppend),
    bridge.on('practice:state', onPractice),
    bridge.on('storage:state', ({ problems }) => store.getState().setWriteProblems(problems)),
  ];
  // Starting or stopping a replay, or picking a channel to prepare, changes what it follows.
  unsubscribe.push(
    store.subscribe((state, before) => {
      if (state.practice !== before.practice || state.preparing !== before.preparing)
        followWanted();
    }),
  );
  if (link) {
    let wasDown = false;
    const onLink = (next: LinkStatus) => {
      store.getState().setLink(next);
      if (next.state === 'reconnecting' || next.state === 'lost') wasDown = true;
      // Events sent while the link was down are gone: ask again for everything.
      if (next.state === 'open' && wasDown) {
        wasDown = false;
        void refresh();
      }
    };
    onLink(link.current());
    unsubscribe.push(link.onChange(onLink));
  }
  const ready = refresh();

  return {
    ready,
    refresh,
    stop() {
      stopped = true;
      for (const off of unsubscribe) off();
      meetings.stop();
      follower?.sequencer.stop();
      batcher.cancel();
    },
  };
}

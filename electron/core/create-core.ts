import type { TransportClass } from 'irc-framework';
import type { Payload } from '../../shared/ipc/schemas';
import { systemClock, type Clock } from './clock';
import { EventHub } from './event-hub';
import { createHandlers } from './handlers/index';
import { createAfterMeeting } from './history/create-after-meeting';
import { MeetingChanges } from './history/meeting-changes';
import { linesAfter } from './history/transcript-page';
import { withoutSecrets } from './irc/connect-request';
import { IrcService } from './irc/irc-service';
import type { ReconnectPolicy } from './irc/reconnect-policy';
import type { SendRate } from './irc/send-queue';
import { createChannelPort } from './meetings/live/channel-port';
import { createMeetings, type Meetings } from './meetings/create-meetings';
import { practicePort, PracticeSeats } from './practice/practice-port';
import { PracticeSeal, sealHandlers } from './practice/practice-seal';
import { ServiceContainer } from './service-container';
import { writeHealthOf } from './data-folder/write-health';
import { settingsProblem, SettingsService } from './settings/settings-service';
import { restoreMeetingIndex } from './store/restore-index';
import { AppendBatcher, type BatchLimits } from './transcript/append-batcher';
import { TranscriptStore } from './transcript/transcript-store';
import type { Core, CoreDeps } from './types';

/** Timing and transport overrides; production leaves them all unset. */
export interface CoreTuning {
  clock?: Clock;
  /** Bound on connecting, signing in and joining together (default 15 s). */
  connectTimeoutMs?: number;
  sendRate?: SendRate;
  batchLimits?: BatchLimits;
  /** Replaces irc-framework's TCP/TLS transport. */
  transport?: TransportClass;
  /** How a lost connection is retried (tests shorten it). */
  reconnectPolicy?: ReconnectPolicy;
}

/**
 * Builds the services every shell shares and returns the bridge handlers and event stream.
 * `close()` quits IRC, delivers the last transcript batch and stops every timer and socket the
 * core owns; afterwards `irc:connect` is refused with a `closed` error.
 */
export function createCore(deps: CoreDeps, tuning: CoreTuning = {}): Core {
  const clock = tuning.clock ?? systemClock;
  const services = new ServiceContainer(deps.log);
  const hub = services.own(new EventHub(deps.log), (h) => h.clear());
  // Failing writes (journals, settings) reach the chair as `storage:state`.
  const health = writeHealthOf(deps.dataDir);
  services.own(
    health.subscribe((problems) => hub.emit('storage:state', { problems })),
    (stop) => stop(),
  );
  const settings = new SettingsService(
    deps.settings,
    (message) => deps.log('warn', message),
    (error) =>
      error ? health.report('settings', settingsProblem(error)) : health.clear('settings'),
  );
  // Older lines of a channel come from its live meeting, which keeps them all.
  const transcript = new TranscriptStore({
    older: (channel, afterSeq, limit) => {
      const live = meetings.service.liveIn(channel);
      return live ? linesAfter(live.fold.lines, afterSeq, limit).lines : [];
    },
  });
  const batcher = services.own(
    new AppendBatcher((batch) => hub.emit('transcript:append', batch), clock, tuning.batchLimits),
    (b) => b.flush(),
  );
  const changes = new MeetingChanges();
  const seats = new PracticeSeats();
  // Journals are the record; the index is a cache rebuilt from them when it lacks any.
  restoreMeetingIndex(deps);
  const seal = new PracticeSeal();
  // The meetings hear every status and line of the IRC side; they register once they are built.
  const listeners: Pick<Meetings['service'], 'onStatus' | 'onLine'>[] = [];
  const irc = new IrcService({
    clock,
    connectTimeoutMs: tuning.connectTimeoutMs,
    sendRate: tuning.sendRate,
    transport: tuning.transport,
    reconnectPolicy: tuning.reconnectPolicy,
    secrets: deps.secrets,
    onBug: (message) => deps.log('error', message),
    onStatus: (status) => {
      hub.emit('irc:status', status);
      for (const listener of listeners) listener.onStatus(status);
    },
    onLine: (channel, line, self) => {
      const numbered = transcript.append(channel, line, self);
      batcher.add(numbered);
      for (const listener of listeners) listener.onLine(numbered);
    },
    onJoined: (request) => {
      const saved = settings.set({ lastConnection: withoutSecrets(request) });
      if (!saved.ok) deps.log('warn', saved.error.message);
    },
  });
  const channels = practicePort(createChannelPort({ irc, transcript, batcher }), seats, seal);
  // Owned before the IRC service so it closes after it: a live meeting journals the disconnect.
  const meetings = services.own(
    createMeetings({
      deps,
      clock,
      emit: (event, payload) => {
        hub.emit(event, payload);
        if (event === 'meeting:state') {
          const view = payload as Payload<'meeting:state'>;
          changes.touch({
            meetingId: view.id,
            channel: view.channel,
            live: view.status === 'live',
          });
        }
      },
      channels,
      changed: (meetingId, channel) => changes.touch({ meetingId, channel, live: false }),
    }),
    (m) => m.close(),
  );
  listeners.push(meetings.service);
  services.own(irc, (s) => s.close());

  meetings.resume(settings.get().lastConnection);
  const afterMeeting = services.own(
    createAfterMeeting({
      deps,
      clock,
      meetings,
      changes,
      seats,
      seal,
      emit: (event, payload) => hub.emit(event, payload),
      lastServer: () => settings.get().lastConnection?.server ?? null,
      hear: (channel, line, self = false) =>
        meetings.service.onLine(channels.transcribe(channel, line, self)),
    }),
    (l) => l.close(),
  );

  return {
    // While a practice runs, nothing the chair types or does may reach a network.
    handlers: sealHandlers(
      createHandlers({
        deps,
        irc,
        transcript,
        settings,
        meetings: meetings.handlers,
        afterMeeting: afterMeeting.services,
      }),
      seal,
    ),
    subscribe: (sink) => hub.subscribe(sink),
    close: () => services.close(),
  };
}

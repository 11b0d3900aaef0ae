import type { TransportClass } from 'irc-framework';
import { systemClock, type Clock } from './clock';
import { EventHub } from './event-hub';
import { createHandlers } from './handlers/index';
import { IrcService } from './irc/irc-service';
import type { SendRate } from './irc/send-queue';
import { ServiceContainer } from './service-container';
import { SettingsService } from './settings/settings-service';
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
  const settings = new SettingsService(deps.settings, (message) => deps.log('warn', message));
  const transcript = new TranscriptStore();
  const batcher = services.own(
    new AppendBatcher((batch) => hub.emit('transcript:append', batch), clock, tuning.batchLimits),
    (b) => b.flush(),
  );
  const irc = services.own(
    new IrcService({
      clock,
      connectTimeoutMs: tuning.connectTimeoutMs,
      sendRate: tuning.sendRate,
      transport: tuning.transport,
      onStatus: (status) => hub.emit('irc:status', status),
      onLine: (channel, line, self) => batcher.add(transcript.append(channel, line, self)),
      onJoined: (request) => {
        const saved = settings.set({ lastConnection: request });
        if (!saved.ok) deps.log('warn', saved.error.message);
      },
    }),
    (s) => s.close(),
  );

  return {
    handlers: createHandlers({ deps, irc, transcript, settings }),
    subscribe: (sink) => hub.subscribe(sink),
    close: () => services.close(),
  };
}

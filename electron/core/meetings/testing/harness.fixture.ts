import type { LogLine } from '../../../../shared/domain/line';
import type { EventChannel } from '../../../../shared/ipc/channels';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { ManualClock } from '../../../testing/manual-clock';
import { memoryLibrary, type LibraryBackend } from '../../store/library';
import { createMeetings } from '../create-meetings';
import { FakePort } from './fake-port.fixture';

/** 2026-11-21 14:00:00 UTC: where every harness clock starts. */
export const T0 = Date.UTC(2026, 10, 21, 14, 0, 0);

/**
 * The meeting side of a core over a fake channel port, a manual clock and a library that a second
 * harness can share (to play a restart). `hear` plays a line said in the channel.
 */
export function meetingsHarness(dataDir: string, library: LibraryBackend = memoryLibrary()) {
  const clock = new ManualClock(T0);
  const channels = new FakePort(() => clock.now());
  const events: { event: EventChannel; payload: unknown }[] = [];
  const logs: string[] = [];
  let ids = 0;
  const meetings = createMeetings({
    deps: { dataDir, library, log: (level, message) => logs.push(`${level}: ${message}`) },
    clock,
    channels,
    emit: (event, payload) => events.push({ event, payload }),
    newId: () => `n${++ids}`,
  });
  channels.hear = (line) => meetings.service.onLine(line);
  const hear = (channel: string, nick: string, text: string, kind: LogLine['kind'] = 'message') => {
    clock.advance(1000);
    meetings.service.onLine(
      channels.transcript.append(channel, channels.line(nick, text, kind), false),
    );
  };
  const status = (state: ConnectionStatus['state'], channel: string): ConnectionStatus => ({
    state,
    server: 'irc.test',
    port: 6667,
    tls: false,
    nick: channels.nickIn(channel),
    channel,
    error: null,
    since: clock.now(),
  });
  const statesOf = (event: EventChannel) =>
    events.filter((e) => e.event === event).map((e) => e.payload);
  return {
    clock,
    channels,
    library,
    meetings,
    service: meetings.service,
    events,
    logs,
    hear,
    status,
    statesOf,
  };
}

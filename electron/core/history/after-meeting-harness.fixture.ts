import type { LogLine } from '../../../shared/domain/line';
import type { EventChannel } from '../../../shared/ipc/channels';
import type { Payload } from '../../../shared/ipc/schemas';
import { ManualClock } from '../../testing/manual-clock';
import type { ChooseFolder } from '../exports/save-export';
import { createMeetings } from '../meetings/create-meetings';
import { FakePort } from '../meetings/testing/fake-port.fixture';
import { T0 } from '../meetings/testing/harness.fixture';
import { practicePort, PracticeSeats } from '../practice/practice-port';
import { PracticeSeal } from '../practice/practice-seal';
import { memoryLibrary, type LibraryBackend } from '../store/library';
import { createAfterMeeting } from './create-after-meeting';
import { MeetingChanges } from './meeting-changes';

/** Unwraps a result in a test, failing with its message. */
export function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * The meeting and after-the-meeting sides of a core, wired as create-core wires them, over a fake channel port, a
 * manual clock and a library a second harness can share (a restart). `hear` plays a line said
 * in a channel; `events` records every event sent.
 */
export function afterMeetingHarness(
  dataDir: string,
  options: {
    library?: LibraryBackend;
    chooseFolder?: ChooseFolder;
    showFolder?: (folder: string) => Promise<string>;
  } = {},
) {
  const library = options.library ?? memoryLibrary();
  const clock = new ManualClock(T0);
  const fake = new FakePort(() => clock.now());
  const seats = new PracticeSeats();
  const seal = new PracticeSeal();
  const channels = practicePort(fake, seats, seal);
  const changes = new MeetingChanges();
  const events: { event: EventChannel; payload: unknown }[] = [];
  const logs: string[] = [];
  const log = (level: string, message: string) => logs.push(`${level}: ${message}`);
  const emit = <E extends EventChannel>(event: E, payload: Payload<E>) => {
    events.push({ event, payload });
    if (event === 'meeting:state') {
      const view = payload as Payload<'meeting:state'>;
      changes.touch({ meetingId: view.id, channel: view.channel, live: view.status === 'live' });
    }
  };
  const meetings = createMeetings({
    deps: { dataDir, library, log },
    clock,
    channels,
    emit,
    changed: (meetingId, channel) => changes.touch({ meetingId, channel, live: false }),
  });
  fake.hear = (line) => meetings.service.onLine(line);
  meetings.resume(null);
  const { services, close } = createAfterMeeting({
    deps: { dataDir, log, chooseFolder: options.chooseFolder, showFolder: options.showFolder },
    clock,
    meetings,
    changes,
    seats,
    seal,
    emit,
    lastServer: () => 'irc.example.org',
    hear: (channel, line, self = false) =>
      meetings.service.onLine(channels.transcribe(channel, line, self)),
  });
  const hear = (channel: string, nick: string, text: string, kind: LogLine['kind'] = 'message') => {
    clock.advance(1000);
    meetings.service.onLine(fake.transcript.append(channel, fake.line(nick, text, kind), false));
  };
  const payloads = <E extends EventChannel>(event: E) =>
    events.filter((e) => e.event === event).map((e) => e.payload as Payload<E>);
  /** Starts a meeting in `channel` as `chair`, plays `lines` ([nick, text]) and ends it. */
  const recordMeeting = async (channel: string, title: string, lines: [string, string][]) => {
    fake.join(channel, 'chair');
    const { id } = value(await meetings.service.start(channel, title, 'drive'));
    for (const [nick, text] of lines) hear(channel, nick, text);
    value(await meetings.service.end(id));
    return id;
  };
  return {
    clock,
    fake,
    seal,
    library,
    meetings,
    services,
    events,
    logs,
    hear,
    payloads,
    recordMeeting,
    close: () => {
      close();
      meetings.close();
    },
  };
}

import { DEFAULT_NETWORK, type ConnectRequest } from '../../../../shared/ipc/schemas';
import { ircLower } from '../../../../shared/irc/casemap';
import { parseAddress } from '../../irc/channel-address';
import { LiveMeeting } from './live-meeting';
import { MeetingJournal, journalPath, replayJournal } from '../record/meeting-journal';
import { foldRecords } from '../record/meeting-loader';
import type { MeetingService } from './meeting-service';
import type { MeetingPorts } from '../ports';

/**
 * Picks up every meeting the index says was live when Gavel stopped (a crash, a kill, a power
 * cut): its journal is replayed, its lines are put back in the channel's transcript, and a gap
 * is opened from its last record; the gap closes, with a note in the transcript, once Gavel is
 * back in the channel. A journal that cannot be read, or that shows the meeting ended, closes
 * the index entry instead. Returns the meetings resumed.
 */
export function resumeMeetings(service: MeetingService, ports: MeetingPorts): LiveMeeting[] {
  const resumed: LiveMeeting[] = [];
  for (const entry of service.library.liveEntries()) {
    const path = journalPath(ports.dataDir, entry.id);
    const replay = replayJournal(path);
    if (!replay.ok) {
      ports.log('warn', `Meeting ${entry.id} could not be resumed: ${replay.error.message}`);
      service.library.close(entry, ports.clock.now());
      continue;
    }
    const { records, skipped } = replay.value;
    if (skipped > 0)
      ports.log('warn', `${skipped} damaged line(s) of meeting ${entry.id} were skipped.`);
    for (const record of records) {
      if (record.t === 'line')
        record.line = ports.channels.transcribe(entry.channel, record.line, record.line.self);
    }
    const fold = foldRecords(records);
    if (fold.ended) {
      service.library.close(entry, fold.endedAt ?? fold.lastAt);
      continue;
    }
    const journal = MeetingJournal.open(path, fold.lastRecord + 1);
    if (!journal.ok) {
      ports.log('error', `Meeting ${entry.id} could not be resumed: ${journal.error.message}`);
      continue;
    }
    const meeting = LiveMeeting.resume(entry.id, fold, journal.value, service.meetingHooks());
    meeting.resumed = true;
    service.adopt(meeting);
    meeting.markGap(true, fold.lastAt);
    resumed.push(meeting);
  }
  return resumed;
}

/**
 * Reconnects with the connection Gavel last used, adding the channels of the resumed meetings
 * on that network, so each meeting's channel is rejoined (its passwords come from the secret
 * store). A meeting on another network, or any meeting when no connection was saved, waits
 * for the chair to connect; its gap stays open until then.
 */
export async function rejoin(
  resumed: readonly LiveMeeting[],
  last: ConnectRequest | null,
  ports: MeetingPorts,
): Promise<void> {
  const network = last?.network ?? DEFAULT_NETWORK;
  const addresses = resumed.map((m) => ({ name: m.channel, ...parseAddress(m.channel) }));
  for (const address of addresses) {
    if (last && address.network === network) continue;
    ports.log(
      'info',
      `The meeting in ${address.name} resumes once Gavel is connected to it again.`,
    );
  }
  const channels = addresses.filter((a) => a.network === network).map((a) => a.channel);
  if (!last || channels.length === 0) return;
  const own = ircLower(last.channel);
  const more = [...(last.channels ?? []), ...channels].filter(
    (channel, i, all) =>
      ircLower(channel) !== own && all.findIndex((c) => ircLower(c) === ircLower(channel)) === i,
  );
  const joined = await ports.channels.connect({ ...last, channels: more });
  if (!joined.ok) {
    ports.log('warn', `Gavel could not rejoin ${channels.join(', ')}: ${joined.error.message}`);
  }
}

import type { ImportedLog } from '../../../shared/domain/imported';
import type { PresetId } from '../../../shared/domain/meeting';
import { hasStartMeeting, presetFor } from '../../../shared/meeting/index';
import { toNodes } from '../../../shared/meeting/agenda-nodes';
import { startReply } from '../meetings/live/bot-detect';
import { JOURNAL_FORMAT } from '../meetings/record/journal-format';
import type { MeetingRecord } from '../meetings/record/records';

/** What an imported log becomes besides its lines: where it came from and where it was held. */
export interface ImportedMeeting {
  id: string;
  log: ImportedLog;
  /** The file's name, as the user chose it. */
  fileName: string;
  channel: string;
  /** When the import happens, epoch ms: the meeting's time when the log gives none. */
  now: number;
}

// A bot answers `#startmeeting` at once: its reply is among the first lines of a meeting's log.
const BOT_REPLY_WITHIN = 200;

/** The meeting bot whose "Meeting started" reply opens the log, with its deployment's preset. */
function botOf(log: ImportedLog): { nick: string | null; preset: PresetId } {
  for (const line of log.lines.slice(0, BOT_REPLY_WITHIN)) {
    const reply = startReply(line, false);
    if (reply) return { nick: reply.nick, preset: reply.preset };
  }
  return { nick: null, preset: 'meetbot' };
}

/** When the meeting began: its first stamped line, else the time a page gives, else the day's start. */
function startOf(log: ImportedLog, now: number): number {
  const first = log.lines.find((l) => l.at !== null)?.at;
  if (first != null) return first;
  if (log.scheduledAt != null) return log.scheduledAt;
  const day = log.date === null ? Number.NaN : Date.parse(`${log.date}T00:00:00Z`);
  return Number.isNaN(day) ? now : day;
}

/**
 * The journal of an imported meeting, as if Gavel had recorded it: a start record (origin
 * `import`, the log's date and zone, the bot it names and its preset), the source's extras
 * (title, place, agenda, participants), the agenda as entries, then one record per line,
 * numbered 1… in the channel and stamped with the line's instant (or the last one known). Made
 * one at a time, so a large log's records need not all be held at once.
 */
export function* importedRecords(meeting: ImportedMeeting): Generator<MeetingRecord, void> {
  const { id, log, channel } = meeting;
  const found = botOf(log);
  const bot = found.nick === null && log.preset ? { nick: null, preset: log.preset } : found;
  const startAt = startOf(log, meeting.now);
  let i = 0;
  const envelope = (at: number) => ({ i: ++i, at });
  yield {
    ...envelope(startAt),
    t: 'start',
    id,
    channel,
    title: log.title ?? '',
    mode: 'quiet',
    preset: bot.preset,
    botNick: bot.nick,
    implicitStart: !hasStartMeeting(log.lines, presetFor(bot.preset).dialect),
    origin: 'import',
    date: log.date,
    timeZone: log.timeZone,
    v: JOURNAL_FORMAT,
  };
  yield {
    ...envelope(startAt),
    t: 'source',
    format: log.format,
    name: meeting.fileName,
    title: log.title,
    place: log.place,
    scheduledAt: log.scheduledAt ?? null,
    agenda: log.agenda,
    participants: log.participants,
  };
  if (log.agenda.length > 0) {
    let n = 0;
    yield { ...envelope(startAt), t: 'agenda', items: toNodes(log.agenda, () => `i${++n}`) };
  }
  let at = startAt;
  const lines = log.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    at = line.at ?? at;
    // Fields named one by one: spreads cost several times more over 100,000 lines.
    const { time, kind, nick, text } = line;
    yield {
      i: ++i,
      at,
      t: 'line',
      line: { at: line.at, time, kind, nick, text, seq: index + 1, channel, self: false },
    };
  }
}

import type { ImportedTable } from '../../../shared/domain/imported';
import type { PresetId } from '../../../shared/domain/meeting';
import { presetFor, tableHasStart } from '../../../shared/meeting/index';
import { toNodes } from '../../../shared/meeting/agenda-nodes';
import { startReply } from '../meetings/live/bot-detect';
import { JOURNAL_FORMAT } from '../meetings/record/journal-format';
import type { MeetingRecord } from '../meetings/record/records';

/** What an imported log becomes besides its lines: where it came from and where it was held. */
export interface ImportedMeeting {
  id: string;
  /** The log read, its lines as columns. */
  log: ImportedTable;
  /** The file's name, as the user chose it. */
  fileName: string;
  channel: string;
  /** When the import happens, epoch ms: the meeting's time when the log gives none. */
  now: number;
}

// A bot answers `#startmeeting` at once: its reply is among the first lines of a meeting's log.
const BOT_REPLY_WITHIN = 200;

/** The meeting bot whose "Meeting started" reply opens the log, with its deployment's preset. */
function botOf({ table }: ImportedTable): { nick: string | null; preset: PresetId } {
  for (let i = 0; i < Math.min(table.length, BOT_REPLY_WITHIN); i++) {
    const reply = startReply(table.line(i), false);
    if (reply) return { nick: reply.nick, preset: reply.preset };
  }
  return { nick: null, preset: 'meetbot' };
}

/** When the meeting began: its first stamped line, else the time a page gives, else the day's start. */
function startOf(log: ImportedTable, now: number): number {
  for (let i = 0; i < log.table.length; i++) {
    const at = log.table.at(i);
    if (at !== null) return at;
  }
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
    implicitStart: !tableHasStart(log.table, presetFor(bot.preset).dialect),
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
  const { table } = log;
  for (let index = 0; index < table.length; index++) {
    const lineAt = table.at(index);
    at = lineAt ?? at;
    yield {
      i: ++i,
      at,
      t: 'line',
      line: {
        at: lineAt,
        time: table.time(index),
        kind: table.kind(index),
        nick: table.nick(index),
        text: table.text(index),
        seq: index + 1,
        channel,
        self: false,
      },
    };
  }
}

import type { ImportedTable } from '../../domain/imported';
import { LineTable } from '../../domain/line-table';
import type { ImportOptions, Importer, PartsReader } from './importer';
import { meetbotLineSpans, readMeetbotLine } from './meetbot-log';
import { parseClock } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { applyScribeEdits } from './common/scribe-edits';
import { LineTableBuilder, withLines } from './common/table-builder';
import { isPlainLog, logLines } from './common/text';

const LINE_RES = [/^\d\d:\d\d(?::\d\d)? <[^\s>]+> /, /^\d\d:\d\d(?::\d\d)? \* \S+/];
const START_RE = /^\d\d:\d\d(?::\d\d)? <[^\s>]+> (?:#startmeeting|Meeting started )/i;
// "Meeting started Mon May  8 13:00:44 2017 UTC." (every MeetBot fork writes asctime in UTC).
const STARTED = 'Meeting started ';
const STARTED_RE = /^Meeting started (\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d \d{4})/;

/** A MeetBot log read into columns a part at a time; `finish` gives the table of every part. */
interface TableReader {
  push(part: string): void;
  finish(): ImportedTable;
  linesSince: NonNullable<PartsReader['linesSince']>;
}

// Reads the log a part at a time, each part ending at a line end, into columns, each line read
// in place: a log repeats a few nicks and many stamps, so a line whose stamp or nick is written
// as the line before's takes the same string, without one being cut for it.
function tableReader(opts?: ImportOptions): TableReader {
  const log = new LineTableBuilder('meetbot', opts, 'UTC');
  const spans = meetbotLineSpans();
  // The texts the lines are read from: plain parts whole, other parts line by line.
  const sources: string[] = [];
  let lastStamp = '';
  let lastTime = '';
  let lastNick = '';
  let lastNickId = -1;
  let rrsagent = false;
  const add = (text: string, source: number, start: number, end: number) => {
    const kind = readMeetbotLine(text, start, end, spans);
    if (kind === null) return;
    const { timeStart, timeEnd, nickStart, nickEnd, textStart } = spans;
    if (kind === 'message' && text.startsWith(STARTED, textStart)) {
      const date = parseLooseDate(STARTED_RE.exec(text.slice(textStart, end))?.[1] ?? '');
      if (date) log.setDay(date);
    }
    if (timeEnd - timeStart !== lastStamp.length || !text.startsWith(lastStamp, timeStart)) {
      lastStamp = text.slice(timeStart, timeEnd);
      const clock = parseClock(lastStamp) ?? '';
      if (clock !== lastTime) lastTime = clock;
    }
    if (nickEnd - nickStart !== lastNick.length || !text.startsWith(lastNick, nickStart)) {
      lastNick = text.slice(nickStart, nickEnd);
      if (lastNick === 'RRSAgent') rrsagent = true;
      lastNickId = log.nickId(bareNick(lastNick));
    }
    log.add(kind, lastNickId, lastTime, source, textStart, end);
  };
  const push = (part: string) => {
    if (!isPlainLog(part)) {
      // No line spans two parts, so the part's lines are the whole text's.
      for (const raw of logLines(part)) add(raw, sources.push(raw) - 1, 0, raw.length);
      return;
    }
    // The usual log: lines read where they lie in the part.
    const source = sources.push(part) - 1;
    for (let start = 0; start < part.length;) {
      let end = part.indexOf('\n', start);
      if (end === -1) end = part.length;
      add(part, source, start, end);
      start = end + 1;
    }
  };
  const finish = (): ImportedTable => {
    const table = log.finish(sources);
    if (!rrsagent) return table;
    // W3C's RRSAgent writes its text log in the same shape; its meetings follow the scribe
    // rules, with the scribes' s/// and i/// corrections applied.
    const { lines, ...about } = withLines(table);
    return { ...about, table: LineTable.fromLines(applyScribeEdits(lines)), preset: 'w3c' };
  };
  // An RRSAgent log's lines are corrected at the end: until then they are not its lines.
  const linesSince: TableReader['linesSince'] = (from, visit) =>
    rrsagent ? -1 : log.visitSince(from, sources, visit);
  return { push, finish, linesSince };
}

function parseTable(parts: readonly string[], opts?: ImportOptions): ImportedTable {
  const read = tableReader(opts);
  for (const part of parts) read.push(part);
  return read.finish();
}

function reader(opts?: ImportOptions): PartsReader {
  const read = tableReader(opts);
  return {
    push: read.push,
    finish: read.finish,
    linesSince: read.linesSince,
  };
}

/**
 * MeetBot's `.log.txt` (Debian, Fedora zodbot, OpenStack, Ubuntu meetingology): `HH:MM:SS <nick>
 * text` and `HH:MM:SS * nick text`, in UTC. The date comes from the bot's "Meeting started"
 * line. Lines that are not log lines (headers pasted above the log) are skipped. A log RRSAgent
 * kept (W3C's `-irc` text log) asks for the `w3c` preset and has its `s///` corrections applied.
 */
export const meetbot: Importer = {
  id: 'meetbot',
  label: 'MeetBot .log.txt',
  example: '13:00:44 <nick> #startmeeting',
  detect(sample) {
    const s = share(sample, LINE_RES);
    return anyLine(sample, START_RE) ? s : s * 0.8;
  },
  parse: (text, opts) => withLines(parseTable([text], opts)),
  parseParts: (parts, opts) => withLines(parseTable(parts, opts)),
  parseTable,
  reader,
};

import type { ImportedTable } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { meetbotLineSpans, readMeetbotLine } from './meetbot-log';
import { parseClock } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { LineTableBuilder, withLines } from './common/table-builder';
import { isPlainLog, logLines } from './common/text';

const LINE_RES = [/^\d\d:\d\d(?::\d\d)? <[^\s>]+> /, /^\d\d:\d\d(?::\d\d)? \* \S+/];
const START_RE = /^\d\d:\d\d(?::\d\d)? <[^\s>]+> (?:#startmeeting|Meeting started )/i;
// "Meeting started Mon May  8 13:00:44 2017 UTC." (every MeetBot fork writes asctime in UTC).
const STARTED = 'Meeting started ';
const STARTED_RE = /^Meeting started (\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d \d{4})/;

// Reads the log given as parts that end at line ends (see Importer.parseParts) into columns, each
// line read in place: a log repeats a few nicks and many stamps, so a line whose stamp or nick
// is written as the line before's takes the same string, without one being cut for it.
function parseTable(parts: readonly string[], opts?: ImportOptions): ImportedTable {
  const log = new LineTableBuilder('meetbot', opts, 'UTC');
  const spans = meetbotLineSpans();
  let lastStamp = '';
  let lastTime = '';
  let lastNick = '';
  let lastNickId = -1;
  const add = (text: string, part: number, start: number, end: number) => {
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
      lastNickId = log.nickId(bareNick(lastNick));
    }
    log.add(kind, lastNickId, lastTime, part, textStart, end);
  };
  if (parts.every(isPlainLog)) {
    // The usual log: lines read where they lie in the parts (no line spans two).
    for (let p = 0; p < parts.length; p++) {
      const text = parts[p]!;
      for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        add(text, p, start, end);
        start = end + 1;
      }
    }
    return log.finish(parts);
  }
  const lines = logLines(parts.join(''));
  for (let i = 0; i < lines.length; i++) add(lines[i]!, i, 0, lines[i]!.length);
  return log.finish(lines);
}

/**
 * MeetBot's `.log.txt` (Debian, Fedora zodbot, OpenStack, Ubuntu meetingology): `HH:MM:SS <nick>
 * text` and `HH:MM:SS * nick text`, in UTC. The date comes from the bot's "Meeting started"
 * line. Lines that are not log lines (headers pasted above the log) are skipped.
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
};

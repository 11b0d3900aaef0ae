import type { ImportedLog } from '../../domain/imported';
import type { LogLine } from '../../domain/line';
import type { ImportOptions, Importer, PartsReader } from './importer';
import { parseMeetbotLine, parseMeetbotLineAt } from './meetbot-log';
import { parseClock } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { applyScribeEdits } from './common/scribe-edits';
import { isPlainLog, logLines } from './common/text';

const LINE_RES = [/^\d\d:\d\d(?::\d\d)? <[^\s>]+> /, /^\d\d:\d\d(?::\d\d)? \* \S+/];
const START_RE = /^\d\d:\d\d(?::\d\d)? <[^\s>]+> (?:#startmeeting|Meeting started )/i;
// "Meeting started Mon May  8 13:00:44 2017 UTC." (every MeetBot fork writes asctime in UTC).
const STARTED_RE = /^Meeting started (\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d \d{4})/;
// Nicks shared per log at most; past this many (a flood of made-up nicks) they start over.
const NICKS = 5_000;

// Reads the log part by part, each ending at a line end (see Importer.reader).
function reader(opts?: ImportOptions): PartsReader {
  const log = new LogBuilder('meetbot', opts, 'UTC');
  // A log repeats a few nicks and many stamps: each line keeps the one string for its nick and
  // shares its stamp with the line before when they match, not a copy of its own.
  const nicks = new Map<string, string>();
  let lastTime = '';
  let rrsagent = false;
  const add = (line: LogLine | null) => {
    if (!line) return;
    if (line.nick === 'RRSAgent') rrsagent = true;
    if (line.kind === 'message' && line.text.startsWith('Meeting started ')) {
      const date = parseLooseDate(STARTED_RE.exec(line.text)?.[1] ?? '');
      if (date) log.setDay(date);
    }
    const bare = bareNick(line.nick);
    let nick = nicks.get(bare);
    if (nick === undefined) {
      if (nicks.size >= NICKS) nicks.clear();
      nicks.set(bare, (nick = bare));
    }
    const clock = parseClock(line.time) ?? '';
    if (clock !== lastTime) lastTime = clock;
    if (bare === line.nick && clock === line.time) {
      // The line is the parser's own, made for this call: it can take the shared strings.
      line.nick = nick;
      line.time = lastTime;
      log.addLine(line);
    } else log.add(line.kind, nick, line.text, lastTime);
  };
  const push = (text: string) => {
    if (!isPlainLog(text)) {
      // No line spans two parts, so the parts' lines are the whole text's.
      for (const raw of logLines(text)) add(parseMeetbotLine(raw));
      return;
    }
    // The usual log: lines read in place, without a string made for each.
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      add(parseMeetbotLineAt(text, start, end));
      start = end + 1;
    }
  };
  // W3C's RRSAgent writes its text log in the same shape; its meetings follow the scribe rules,
  // with the scribes' s/// and i/// corrections applied.
  const finish = (): ImportedLog => {
    const read = log.finish();
    return rrsagent ? { ...read, lines: applyScribeEdits(read.lines), preset: 'w3c' } : read;
  };
  return { push, finish };
}

function parseParts(parts: readonly string[], opts?: ImportOptions): ImportedLog {
  const read = reader(opts);
  for (const part of parts) read.push(part);
  return read.finish();
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
  parse: (text, opts) => parseParts([text], opts),
  parseParts,
  reader,
};

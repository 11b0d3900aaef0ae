import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { parseMeetbotLine } from './meetbot-log';
import { parseClock } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { logLines } from './common/text';

const LINE_RES = [/^\d\d:\d\d(?::\d\d)? <[^\s>]+> /, /^\d\d:\d\d(?::\d\d)? \* \S+/];
const START_RE = /^\d\d:\d\d(?::\d\d)? <[^\s>]+> (?:#startmeeting|Meeting started )/i;
// "Meeting started Mon May  8 13:00:44 2017 UTC." (every MeetBot fork writes asctime in UTC).
const STARTED_RE = /^Meeting started (\w{3} \w{3} +\d{1,2} \d\d:\d\d:\d\d \d{4})/;

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
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('meetbot', opts, 'UTC');
    for (const raw of logLines(text)) {
      const line = parseMeetbotLine(raw);
      if (!line) continue;
      if (line.kind === 'message' && line.text.startsWith('Meeting started ')) {
        const date = parseLooseDate(STARTED_RE.exec(line.text)?.[1] ?? '');
        if (date) log.setDay(date);
      }
      log.add(line.kind, bareNick(line.nick), line.text, parseClock(line.time) ?? '');
    }
    return log.finish();
  },
};

import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { parseClock } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { readEvent } from './common/events';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { share } from './common/score';
import { logLines } from './common/text';

const STAMP_RE = /^(\d\d:\d\d(?::\d\d)?) (.*)$/;
const DAY_RE = /^--- (?:Log opened|Day changed) (.*)$/;
const MESSAGE_RE = /^<[ ~&@%+]?([^\s>]+)> ?(.*)$/;
const ACTION_RE = /^ \* (\S+) ?(.*)$/;
const NOTICE_RE = /^-([^\s(:!]+)(?:[(:!]\S*)?- ?(.*)$/;
const FINGERPRINTS = [
  /^--- (?:Log opened|Log closed|Day changed) /,
  /^\d\d:\d\d(?::\d\d)? (?:-!- |<[ ~&@%+][^\s>]+> | \* )/,
];

/**
 * irssi's autolog (`log_timestamp "%H:%M "`, so usually no seconds): `12:01 < alice> hello`,
 * `12:02  * alice waves`, events after `-!- `, and `--- Log opened` / `--- Day changed` lines
 * that give the date. Times are the logging machine's local time.
 */
export const irssi: Importer = {
  id: 'irssi',
  label: 'irssi',
  example: '12:01 < alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('irssi', opts);
    for (const line of logLines(text)) {
      const day = DAY_RE.exec(line);
      if (day) {
        const date = parseLooseDate(day[1]!);
        if (date) log.setDay(date);
        continue;
      }
      const m = STAMP_RE.exec(line);
      const time = m ? parseClock(m[1]!) : null;
      if (!m || !time) continue;
      const rest = m[2]!;
      let p: RegExpExecArray | null;
      if ((p = MESSAGE_RE.exec(rest))) log.add('message', p[1]!, p[2]!, time);
      else if ((p = ACTION_RE.exec(rest))) log.add('action', bareNick(p[1]!), p[2]!, time);
      else if (rest.startsWith('-!- ')) {
        const event = readEvent(rest.slice(4));
        if (event) {
          log.noteChannel(event.channel);
          log.add(event.kind, event.nick, event.text, time);
        } else log.add('system', '', rest.slice(4), time);
      } else if ((p = NOTICE_RE.exec(rest))) log.add('notice', bareNick(p[1]!), p[2]!, time);
    }
    return log.finish();
  },
};

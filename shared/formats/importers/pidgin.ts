import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { clockTime } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { readEvent } from './common/events';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { share } from './common/score';
import { logLines } from './common/text';

const HEADER_RE = /^Conversation with (\S+) at (.*?) on \S+(?: \(\w+\))?$/;
// Pidgin prefixes the date when a line falls on another day than the conversation's start.
const LINE_RE = /^\((?:[\d/.-]+ )?(\d{1,2}):(\d\d):(\d\d)(?: ?([AaPp][Mm]))?\) (.*)$/;
const ACTION_RE = /^\*\*\*(\S+) ?(.*)$/;
const MESSAGE_RE = /^([^\s:]+): ?(.*)$/;
const FINGERPRINTS = [
  /^\((?:[\d/.-]+ )?\d{1,2}:\d\d:\d\d(?: ?[AP]M)?\) (?:[^\s:]+: |\*\*\*\S)/i,
  /^Conversation with \S+ at /,
];

/**
 * Pidgin and Finch text logs: a `Conversation with #chan at <date> on …` header, then
 * `(04:07:24 PM) nick: text`, actions `***nick text`, and system lines for joins and leaves.
 */
export const pidgin: Importer = {
  id: 'pidgin',
  label: 'Pidgin',
  example: '(04:07:24 PM) alice: hello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('pidgin', opts);
    for (const line of logLines(text)) {
      const header = HEADER_RE.exec(line);
      if (header) {
        log.noteChannel(/^[#&]/.test(header[1]!) ? header[1] : undefined);
        const date = parseLooseDate(header[2]!);
        if (date) log.setDay(date);
        continue;
      }
      const m = LINE_RE.exec(line);
      const time = m ? clockTime(m[1]!, m[2]!, m[3], m[4]) : null;
      if (!m || !time) continue;
      const body = m[5]!;
      let p: RegExpExecArray | null;
      const event = ACTION_RE.test(body) || MESSAGE_RE.test(body) ? null : readEvent(body);
      if (event) {
        log.noteChannel(event.channel);
        log.add(event.kind, event.nick, event.text, time);
      } else if ((p = ACTION_RE.exec(body))) log.add('action', bareNick(p[1]!), p[2]!, time);
      else if ((p = MESSAGE_RE.exec(body))) log.add('message', bareNick(p[1]!), p[2]!, time);
      else log.add('system', '', body, time);
    }
    return log.finish();
  },
};

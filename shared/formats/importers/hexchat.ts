import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { parseClock } from './common/clock-time';
import { isoDate, monthIndex, parseLooseDate } from './common/dates';
import { readEvent } from './common/events';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { share } from './common/score';
import { logLines } from './common/text';

const BEGIN_RE = /^\*\*\*\* BEGIN LOGGING AT (.*)$/;
const LINE_RE = /^([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (.*)$/;
// HexChat puts a TAB after the left column; old XChat logs pad it with spaces instead.
const COLUMNS_RE = /^([^\t]*)\t(.*)$/;
const OLD_COLUMNS_RE = /^(<[^>\s]+>|-[^\s-]+-|\*|-->|<--|---|-->>|<<--) +(.*)$/;
const TALKING_RE = /^(?:You are )?now talking on ([#&]\S*)/;
const FINGERPRINTS = [
  /^\*\*\*\* (?:BEGIN|ENDING) LOGGING AT /,
  /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S/,
];

/**
 * HexChat and XChat logs (`stamp_log_format "%b %d %H:%M:%S "`): no year on the lines, so the
 * year comes from the `**** BEGIN LOGGING AT` line (or `opts.date`). Left column `<nick>`, `*`
 * (actions, and events in old XChat logs), `-->`, `<--`, `---`, `-nick-` (notices).
 */
export const hexchat: Importer = {
  id: 'hexchat',
  label: 'HexChat / XChat',
  example: 'Jan 04 21:25:10 <alice>\thello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('hexchat', opts);
    let year = Number(opts?.date?.slice(0, 4)) || 0;
    let lastMonth = 0;
    for (const line of logLines(text)) {
      const begin = BEGIN_RE.exec(line);
      if (begin) {
        const date = parseLooseDate(begin[1]!);
        if (date) [year, lastMonth] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
        continue;
      }
      const m = LINE_RE.exec(line);
      const time = m ? parseClock(m[3]!) : null;
      if (!m || !time) continue;
      const month = monthIndex(m[1]!);
      if (month === 0) continue;
      // A log kept open over New Year goes from Dec to Jan without a new BEGIN line.
      if (year && month < lastMonth) year++;
      lastMonth = month;
      const date = year ? isoDate(year, month, Number(m[2]!.trim())) : null;
      const stamp = date ? { date } : undefined;
      const cols = COLUMNS_RE.exec(m[4]!) ?? OLD_COLUMNS_RE.exec(m[4]!);
      if (!cols) continue;
      const left = cols[1]!.trim();
      const rest = cols[2]!;
      if (left.startsWith('<') && left.endsWith('>') && left.length > 2) {
        log.add('message', bareNick(left.slice(1, -1)), rest, time, stamp);
      } else if (/^-[^-]+-$/.test(left)) {
        log.add('notice', bareNick(left.slice(1, -1)), rest, time, stamp);
      } else {
        const event = readEvent(rest);
        const talking = TALKING_RE.exec(rest);
        if (event) {
          log.noteChannel(event.channel);
          log.add(event.kind, event.nick, event.text, time, stamp);
        } else if (left === '*' && !talking) {
          const sp = rest.indexOf(' ');
          const nick = sp < 0 ? rest : rest.slice(0, sp);
          log.add('action', bareNick(nick), sp < 0 ? '' : rest.slice(sp + 1), time, stamp);
        } else {
          log.noteChannel(talking?.[1]);
          log.add('system', '', rest, time, stamp);
        }
      }
    }
    return log.finish();
  },
};

import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { readEvent } from './common/events';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\t([^\t]*)\t?(.*)$/;
const NOTICE_RE = /^Notice\(([^)\s]+)\)(?: -> \S+)?: ?(.*)$/;
const FINGERPRINTS = [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\t/];

/**
 * WeeChat's logger (`time⇥prefix⇥message`, time `%Y-%m-%d %H:%M:%S`): the prefix is the nick
 * (with its mode char), ` *` for actions, `-->`/`<--` for joins and leaves, `--` for other events.
 * Times are the logging machine's local time.
 */
export const weechat: Importer = {
  id: 'weechat',
  label: 'WeeChat',
  example: '2024-01-01 12:00:05\talice\thello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('weechat', opts);
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      if (!m) continue;
      const st = isoStamp(m[1]!, m[2]!, undefined);
      if (!st) continue;
      const { time, stamp } = st;
      const prefix = m[3]!.trim();
      const rest = m[4]!;
      if (prefix.startsWith('****') || rest.startsWith('****')) continue;
      if (prefix === '*') {
        const sp = rest.indexOf(' ');
        const nick = sp < 0 ? rest : rest.slice(0, sp);
        log.add('action', bareNick(nick), sp < 0 ? '' : rest.slice(sp + 1), time, stamp);
      } else if (prefix === '-->' || prefix === '<--' || prefix === '--' || prefix === '=!=') {
        const notice = NOTICE_RE.exec(rest);
        const event = notice ? null : readEvent(rest);
        if (notice) log.add('notice', bareNick(notice[1]!), notice[2]!, time, stamp);
        else if (event) {
          log.noteChannel(event.channel);
          log.add(event.kind, event.nick, event.text, time, stamp);
        } else log.add('system', '', rest, time, stamp);
      } else if (prefix !== '') log.add('message', bareNick(prefix), rest, time, stamp);
    }
    return log.finish();
  },
};

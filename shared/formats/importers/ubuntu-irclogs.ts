import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { addBody } from './common/body';
import { parseClock } from './common/clock-time';
import { readEvent } from './common/events';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^\[(\d\d:\d\d)\] (.*)$/;
const EVENT_RE = /^=== (.*)$/;
const ACTION_RE = /^ ?\* (\S+) ?(.*)$/;
const SIGNATURES =
  /^=== \S+ (?:is now known as |changed the topic of |\[[^\]]*\] has (?:joined|left|quit))/;
const FINGERPRINTS = [/^\[\d\d:\d\d\] (?:<[^>\s]+> | ?\* \S)/, /^=== \S/];

/**
 * Day logs from irclogs.ubuntu.com (`[20:02] <elfy> #topic …`, UTC, date in the file's path, so
 * from `opts.date`); events are `=== ` lines without a stamp.
 */
export const ubuntuIrclogs: Importer = {
  id: 'ubuntu-irclogs',
  label: 'irclogs.ubuntu.com',
  example: '[20:02] <elfy> #topic Moderator Polling',
  detect: (sample) => share(sample, FINGERPRINTS) * (anyLine(sample, SIGNATURES) ? 1 : 0.6),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('ubuntu-irclogs', opts, 'UTC');
    for (const line of logLines(text)) {
      const event = EVENT_RE.exec(line);
      if (event) {
        const e = readEvent(event[1]!);
        if (e) {
          log.noteChannel(e.channel);
          log.add(e.kind, e.nick, e.text);
        } else log.add('system', '', event[1]!);
        continue;
      }
      const m = LINE_RE.exec(line);
      const time = m ? parseClock(m[1]!) : null;
      if (!m || !time) continue;
      const action = ACTION_RE.exec(m[2]!);
      if (action) log.add('action', bareNick(action[1]!), action[2]!, time);
      else addBody(log, m[2]!, time);
    }
    return log.finish();
  },
};

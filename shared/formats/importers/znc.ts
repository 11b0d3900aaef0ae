import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { addBody } from './common/body';
import { parseClock } from './common/clock-time';
import { LogBuilder } from './common/log-builder';
import { anyLine, share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^\[(\d\d:\d\d:\d\d)\] (.*)$/;
const SIGNATURES =
  /^\[\d\d:\d\d:\d\d\] \*\*\* (?:Joins|Parts|Quits): |^\[\d\d:\d\d:\d\d\] \*\*\* \S+ (?:changes topic to|sets mode:|is now known as) /;
const FINGERPRINTS = [/^\[\d\d:\d\d:\d\d\] (?:<[^>\s]+> |\* \S|\*\*\* |-\S+- )/];

/**
 * ZNC's log module (`[12:00:05] <alice> hello`, events after `*** `, one file per day, so the
 * date comes from `opts.date`). Also reads other `[HH:MM:SS] <nick>` logs, such as text copied
 * from a HexChat window.
 */
export const znc: Importer = {
  id: 'znc',
  label: 'ZNC',
  example: '[12:00:05] <alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS) * (anyLine(sample, SIGNATURES) ? 1 : 0.6),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('znc', opts);
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const time = m ? parseClock(m[1]!) : null;
      if (m && time) addBody(log, m[2]!, time);
    }
    return log.finish();
  },
};

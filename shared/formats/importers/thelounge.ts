import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { addBody } from './common/body';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^\[(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z)\] (.*)$/;
const FINGERPRINTS = [/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] /];

/**
 * The Lounge's text storage (`[2024-05-01T14:03:22.123Z] <@alice> hello`, always UTC): events
 * after `*** `, actions `* @alice waves`, and `| more` for the further lines of a multi-line
 * message, which become lines of their own by the same sender.
 */
export const thelounge: Importer = {
  id: 'thelounge',
  label: 'The Lounge',
  example: '[2024-05-01T14:03:22.123Z] <@alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('thelounge', opts, 'UTC');
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const st = m ? isoStamp(m[1]!, m[2]!, m[3]) : null;
      if (!m || !st) continue;
      const body = m[4]!;
      const prev = log.last;
      if (body.startsWith('| ') && prev && (prev.kind === 'message' || prev.kind === 'notice')) {
        log.add(prev.kind, prev.nick, body.slice(2), st.time, st.stamp);
      } else addBody(log, body, st.time, st.stamp);
    }
    return log.finish();
  },
};

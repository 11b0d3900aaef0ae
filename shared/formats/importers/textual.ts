import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { addBody } from './common/body';
import { readEvent } from './common/events';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^\[(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)([+-]\d{4})\] (.*)$/;
const ACTION_RE = /^• ([^\s:]+):? ?(.*)$/;
const FINGERPRINTS = [/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}\] /];

/**
 * Textual (`[2008-07-09T16:13:30+1200] <@alice> hello`, with the logging machine's offset):
 * actions `• alice: waves`, notices `-bob- text`; event lines have no nick column and are read
 * from their wording.
 */
export const textual: Importer = {
  id: 'textual',
  label: 'Textual',
  example: '[2008-07-09T16:13:30+1200] <@alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('textual', opts);
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const st = m ? isoStamp(m[1]!, m[2]!, m[3]) : null;
      if (!m || !st) continue;
      const body = m[4]!;
      const action = ACTION_RE.exec(body);
      if (action) {
        log.add('action', bareNick(action[1]!), action[2]!, st.time, st.stamp);
        continue;
      }
      if (addBody(log, body, st.time, st.stamp)) continue;
      const event = readEvent(body);
      if (event) {
        log.noteChannel(event.channel);
        log.add(event.kind, event.nick, event.text, st.time, st.stamp);
      } else log.add('system', '', body, st.time, st.stamp);
    }
    return log.finish();
  },
};

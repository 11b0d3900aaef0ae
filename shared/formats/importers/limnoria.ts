import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { addBody } from './common/body';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)  (.*)$/;
const FINGERPRINTS = [/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d  \S/];

/**
 * Limnoria's ChannelLogger, also OpenStack/OpenDev irclogs: `2024-05-01T14:03:22  <alice> hello`
 * (ISO stamp without a zone, two spaces), events after `*** `. The zone is the bot's, so it
 * comes from `opts.timeZone` (OpenDev runs in UTC).
 */
export const limnoria: Importer = {
  id: 'limnoria',
  label: 'Limnoria / OpenStack irclogs',
  example: '2024-05-01T14:03:22  <alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('limnoria', opts);
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const st = m ? isoStamp(m[1]!, m[2]!, undefined) : null;
      if (!m || !st) continue;
      const body = m[3]!;
      if (!addBody(log, body, st.time, st.stamp)) log.add('system', '', body, st.time, st.stamp);
    }
    return log.finish();
  },
};

import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { addBody } from './common/body';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?([+-]\d\d:?\d\d|Z)  (.*)$/;
const FINGERPRINTS = [/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:?\d\d|Z)  \S/];

/**
 * Sopel's chanlogs plugin: `2024-05-01T14:03:22+00:00  <alice> hello` (ISO stamp with its zone,
 * optional microseconds, two spaces), events after `*** `.
 */
export const sopelChanlogs: Importer = {
  id: 'sopel-chanlogs',
  label: 'Sopel chanlogs',
  example: '2024-05-01T14:03:22+00:00  <alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('sopel-chanlogs', opts);
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const st = m ? isoStamp(m[1]!, m[2]!, m[3]) : null;
      if (!m || !st) continue;
      const body = m[4]!;
      if (!addBody(log, body, st.time, st.stamp)) log.add('system', '', body, st.time, st.stamp);
    }
    return log.finish();
  },
};

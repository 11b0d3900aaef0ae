import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (?:<([^>\s]+)> ?|\| (\S+) \| ?)(.*)$/;
const FINGERPRINTS = [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?:<@[^:>\s]+:[^>\s]+>|\| @[^:\s]+:\S+ \|)/];

/**
 * Fedora's Matrix meetbot `.log.txt` (`2024-07-23 17:00:03 <@zbyszek:fedora.im> !startmeeting …`,
 * UTC; a multi-line message is several lines with the same stamp) and its Ansible variant
 * (`2024-01-01 12:00:00 | @user:server | message`). Senders keep their full Matrix id.
 */
export const fedoraMatrix: Importer = {
  id: 'fedora-matrix',
  label: 'Fedora Matrix meetbot .log.txt',
  example: '2024-07-23 17:00:03 <@zbyszek:fedora.im> !startmeeting FESCO',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('fedora-matrix', opts, 'UTC');
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const st = m ? isoStamp(m[1]!, m[2]!, undefined) : null;
      if (m && st) log.add('message', m[3] ?? m[4]!, m[5]!, st.time, st.stamp);
    }
    return log.finish();
  },
};

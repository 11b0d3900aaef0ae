import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (?:<([^>\s]+)> ?|\| (\S+) \| ?)(.*)$/;
const FINGERPRINTS = [/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?:<@[^:>\s]+:[^>\s]+>|\| @[^:\s]+:\S+ \|)/];
// maubot-meetings' commands and tags (at the start of a message, then a space or the end).
const COMMAND_RE =
  /^!(startmeeting|endmeeting|meetingname|topic|action|info|agreed|rejected|idea|halp|link)(?= |$)/;

/** A maubot command as the MeetBot command it stands for (`!topic x` → `#topic x`). */
function asMeetbot(text: string): string {
  return COMMAND_RE.test(text) ? `#${text.slice(1)}` : text;
}

/**
 * Fedora's Matrix meetbot `.log.txt` (`2024-07-23 17:00:03 <@zbyszek:fedora.im> !startmeeting …`,
 * UTC; a multi-line message is several lines with the same stamp) and its Ansible variant
 * (`2024-01-01 12:00:00 | @user:server | message`). Senders keep their full Matrix id. The bot's
 * commands (`!startmeeting`, `!topic`, `!meetingname`, `!endmeeting`) and tags (`!info`,
 * `!action`, `!agreed`, `!rejected`, `!idea`, `!halp`, `!link`) become the MeetBot commands
 * they stand for (`#topic …`), so the meeting engine gives them the same structure.
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
      if (m && st) log.add('message', m[3] ?? m[4]!, asMeetbot(m[5]!), st.time, st.stamp);
    }
    return log.finish();
  },
};

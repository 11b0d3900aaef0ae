import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { parseClock } from './common/clock-time';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { logLines } from './common/text';

const LINE_RE = /^\[(\d\d:\d\d:\d\d)\] (.*)$/;
const MESSAGE_RE = /^<([^>\s]+)> ?(.*)$/;
const STARTED_RE = /^Meeting started by (\S+)$/;
const SUBJECT_RE = /^Current subject: (.*) \(set by (\S+)\)$/;
const CHAIRS_RE = /^Meeting chairs are: (.*)$/;
const ITEM_RE = /^(ACTION|AGREED|INFO|LINK): (.*)$/;
const ENDED_RE = /^Meeting ended by ([^\s.]+)/;
const SIGNATURES =
  /^\[\d\d:\d\d:\d\d\] (?:Meeting started by \S+$|Current subject: |(?:ACTION|AGREED|INFO|LINK): )/;
const FINGERPRINTS = [
  /^\[\d\d:\d\d:\d\d\] (?:<[^>\s]+> |Meeting |Current subject: |(?:ACTION|AGREED|INFO|LINK): )/,
];

/**
 * Sopel's meetbot plugin `.log` (UTC, CRLF): it logs chat as `[HH:MM:SS] <nick> text` but the
 * chair's commands only as their results (`ACTION: …`, `Current subject: X (set by nick)`).
 * Those become the MeetBot command lines the chair typed (`#action …`, `#topic X`), so the
 * meeting engine reads them. Sopel does not record who typed an item, so items are credited to
 * the nick who started the meeting.
 */
export const sopelMeetbot: Importer = {
  id: 'sopel-meetbot',
  label: 'Sopel meetbot .log',
  example: '[14:03:22] Meeting started by alice',
  detect: (sample) => (anyLine(sample, SIGNATURES) ? share(sample, FINGERPRINTS) : 0),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('sopel-meetbot', opts, 'UTC');
    let head = '';
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const time = m ? parseClock(m[1]!) : null;
      if (!m || !time) continue;
      const body = m[2]!;
      let p: RegExpExecArray | null;
      if ((p = MESSAGE_RE.exec(body))) log.add('message', bareNick(p[1]!), p[2]!, time);
      else if ((p = STARTED_RE.exec(body))) {
        head = p[1]!;
        log.add('message', head, '#startmeeting', time);
      } else if ((p = SUBJECT_RE.exec(body))) log.add('message', p[2]!, `#topic ${p[1]}`, time);
      else if ((p = CHAIRS_RE.exec(body))) {
        log.add('message', head, `#chair ${p[1]!.split(/[\s,]+/).join(' ')}`, time);
      } else if ((p = ITEM_RE.exec(body)))
        log.add('message', head, `#${p[1]!.toLowerCase()} ${p[2]}`, time);
      else if ((p = ENDED_RE.exec(body))) log.add('message', p[1]!, '#endmeeting', time);
      else log.add('system', '', body, time);
    }
    return log.finish();
  },
};

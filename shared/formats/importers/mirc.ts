import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { parseClock } from './common/clock-time';
import { parseLooseDate } from './common/dates';
import { readEvent } from './common/events';
import { LogBuilder } from './common/log-builder';
import { bareNick } from './common/nick';
import { anyLine, share } from './common/score';
import { logLines } from './common/text';

const SESSION_RE = /^Session (Start|Time|Ident|Close)(?: \([^)]*\))?: ?(.*)$/;
const LINE_RE = /^\[(\d\d:\d\d(?::\d\d)?)\] (.*)$/;
const MESSAGE_RE = /^<([^>\s]+)> ?(.*)$/;
const NOTICE_RE = /^-([^\s-][^\s]*?)- ?(.*)$/;
const STAR_RE = /^\* (.*)$/;
const TALKING_RE = /^Now talking in ([#&]\S*)/;
// mIRC's own status lines, which start with "* " like actions do.
const STATUS_RE =
  /^(?:Now talking in |Topic is |Set by |Disconnected|Attempting to rejoin|Rejoined channel |Retrieving |You were kicked |Connect(?:ing|ed)\b)/;
const SIGNATURES =
  /^(?:Session (?:Start|Ident|Time|Close)\b|\[\d\d:\d\d(?::\d\d)?\] \* Now talking in )/;
const FINGERPRINTS = [SIGNATURES, /^\[\d\d:\d\d(?::\d\d)?\] (?:<[^>\s]+> |\* \S|-\S+- )/];

/**
 * mIRC logs: `Session Start:` / `Session Time:` lines carry the date, `Session Ident:` the
 * channel; lines are `[HH:MM] <nick> text` (the stamp format is the user's choice; `[HH:MM:SS]`
 * works too), actions and events after `* `. Colour codes, even before the stamp, are removed.
 */
export const mirc: Importer = {
  id: 'mirc',
  label: 'mIRC',
  example: '[14:59] <alice> hello',
  detect: (sample) => share(sample, FINGERPRINTS) * (anyLine(sample, SIGNATURES) ? 1 : 0.5),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('mirc', opts);
    for (const line of logLines(text)) {
      const session = SESSION_RE.exec(line);
      if (session) {
        const value = session[2]!.trim();
        if (session[1] === 'Ident') log.noteChannel(/^[#&]/.test(value) ? value : undefined);
        const date = session[1] === 'Close' ? null : parseLooseDate(value);
        if (date) log.setDay(date);
        continue;
      }
      const m = LINE_RE.exec(line);
      const time = m ? parseClock(m[1]!) : null;
      if (!m || !time) continue;
      const rest = m[2]!;
      let p: RegExpExecArray | null;
      if ((p = MESSAGE_RE.exec(rest))) log.add('message', bareNick(p[1]!), p[2]!, time);
      else if ((p = STAR_RE.exec(rest))) {
        const body = p[1]!;
        const event = readEvent(body);
        const sp = body.indexOf(' ');
        if (event) {
          log.noteChannel(event.channel);
          log.add(event.kind, event.nick, event.text, time);
        } else if (STATUS_RE.test(body) || sp < 0) {
          log.noteChannel(TALKING_RE.exec(body)?.[1]);
          log.add('system', '', body, time);
        } else log.add('action', bareNick(body.slice(0, sp)), body.slice(sp + 1), time);
      } else if ((p = NOTICE_RE.exec(rest))) log.add('notice', bareNick(p[1]!), p[2]!, time);
    }
    return log.finish();
  },
};

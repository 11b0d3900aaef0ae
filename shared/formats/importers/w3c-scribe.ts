import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { isoStamp } from './common/iso-stamp';
import { LogBuilder } from './common/log-builder';
import { share } from './common/score';
import { logLines } from './common/text';

// `[2021-05-06T19:01:57.073Z]⇥<nick>⇥text`; a nick may hold anything but `>` and TAB, e.g.
// `Juan_Caballero_(DIF/Spherity)` or `TallTed_//_Ted_Thibodeau_(he/him)`.
const LINE_RE =
  /^\[(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)\]\t<([^>\t]+)>\t(.*)$/;
const FINGERPRINTS = [
  /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)\]\t<[^>\t]+>\t/,
];

/**
 * A W3C group's IRC log as its scribe tools keep it (RRSAgent-style `irc.log`: an ISO stamp in
 * brackets, TAB, `<nick>`, TAB, the text). The scribe conventions in it (`Topic:`, `RESOLVED:`,
 * `ACTION:`, `PROPOSAL:` and the votes after it, `present+`, `Chair:`, `Agenda:`) are the
 * meeting's structure, so the log asks for the `w3c` preset.
 */
export const w3cScribe: Importer = {
  id: 'w3c-scribe',
  label: 'W3C scribe log (irc.log)',
  example: '[2021-05-06T19:01:57.073Z]\t<cel>\tTopic: Use Cases',
  detect: (sample) => share(sample, FINGERPRINTS),
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('w3c-scribe', opts, 'UTC');
    for (const line of logLines(text)) {
      const m = LINE_RE.exec(line);
      const st = m ? isoStamp(m[1]!, m[2]!, m[3]) : null;
      if (m && st) log.add('message', m[4]!.trim(), m[5]!, st.time, st.stamp);
    }
    return { ...log.finish(), preset: 'w3c' };
  },
};

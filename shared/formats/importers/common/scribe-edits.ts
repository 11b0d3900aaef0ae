import type { LogLine } from '../../../domain/line';

// scribe.perl's corrections, typed into the channel during or after a W3C meeting:
// `s/old/new/` changes the latest earlier line holding `old`, `s/old/new/g` every earlier line,
// `s/old/new/G` every line; `i/where/what/` puts a line `what` before the latest earlier line
// holding `where`. `|` may stand for `/`, and the last delimiter may be left out.
const EDIT_RE = /^ *(s|i)(\/|\|)(.*?)\2(.*?)(?:\2([gG])?.*)?$/;
// Copied URLs can carry zero-width non-joiners the line itself does not; scribe.perl tries both.
const ZWNJ_RE = /\u200c/g;

const said = (line: LogLine) => line.kind === 'message' || line.kind === 'action';

/**
 * The lines with scribe.perl's `s///` and `i///` corrections applied in log order, as its minutes
 * show them. A correction line itself stays (as said), and is never corrected; one that finds
 * nothing to change changes nothing.
 */
export function applyScribeEdits(lines: readonly LogLine[]): LogLine[] {
  const out = [...lines];
  const edit = out.map((l) => (said(l) ? EDIT_RE.exec(l.text) : null));
  const normal = (j: number) => edit[j] === null && said(out[j]!);
  for (let i = 0; i < out.length; i++) {
    const m = edit[i];
    if (!m || m[3] === '') continue;
    const [command, old, now, global] = [m[1]!, m[3]!, m[4]!, m[5]];
    const olds = [old, old.replace(ZWNJ_RE, '')];
    const holds = (j: number) =>
      normal(j) && olds.some((o) => o !== '' && out[j]!.text.includes(o));
    const change = (j: number) => {
      const o = olds.find((x) => x !== '' && out[j]!.text.includes(x))!;
      out[j] = { ...out[j]!, text: out[j]!.text.replace(o, () => now) };
    };
    if (command === 'i' || global === undefined) {
      let j = i - 1;
      while (j >= 0 && !holds(j)) j--;
      if (j < 0) continue;
      if (command === 's') change(j);
      else {
        out.splice(j, 0, { ...out[j]!, kind: 'message', nick: out[i]!.nick, text: now });
        edit.splice(j, 0, null);
        i++;
      }
    } else {
      for (let j = 0; j < (global === 'g' ? i : out.length); j++) if (holds(j)) change(j);
    }
  }
  return out;
}

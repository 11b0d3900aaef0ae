/** The line the chair's roll call sends to the channel. */
export const ROLL_CALL_LINE = 'Roll call: please say hello (any line) if you are here.';

const ROLL_CALL_RE = /^roll call:/i;
const R = 0x72;

/** True when `text` opens a roll call: Gavel's line, or any line that starts `Roll call:`. */
export function isRollCall(text: string): boolean {
  const said = text.trim();
  // Every line of a meeting is asked: most are told apart by their first letter (only `r` or
  // `R` can match, since `/i` without `u` never folds another character onto an ASCII one).
  return (said.charCodeAt(0) | 0x20) === R && ROLL_CALL_RE.test(said);
}

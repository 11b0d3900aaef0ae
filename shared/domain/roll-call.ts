/** The line the chair's roll call sends to the channel. */
export const ROLL_CALL_LINE = 'Roll call: please say hello (any line) if you are here.';

/** True when `text` opens a roll call: Gavel's line, or any line that starts `Roll call:`. */
export function isRollCall(text: string): boolean {
  return /^roll call:/i.test(text.trim());
}

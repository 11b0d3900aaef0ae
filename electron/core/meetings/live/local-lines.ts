import type { LogLine } from '../../../../shared/domain/line';
import { gapLine } from '../../irc/gap-line';

/** `HH:MM:SS` of an instant in UTC, the zone MeetBot stamps its logs in (as live lines are). */
export const utcTime = (at: number): string => new Date(at).toISOString().slice(11, 19);

/** A line the chair "said" in quiet mode: recorded as if said, never sent. */
export function quietLine(nick: string, text: string, at: number): LogLine & { local: true } {
  return { at, time: utcTime(at), kind: 'message', nick, text, local: true };
}

/** The transcript note for the stretch Gavel itself was not running (as the IRC side notes outages). */
export function resumedGapLine(from: number, to: number): LogLine & { local: true } {
  return { ...gapLine(from, to), local: true };
}

import type { LogLine } from '../domain/line';
import type { MeetingState } from './state';

/**
 * Which meetingology a log was kept by. `0.1.5` is Ubuntu's bot of 2010–2020 (its banner names the
 * weekday, `Meeting started Tue Jan 17 16:00:22 2012 UTC.`, and it lists commands as `#a #b`, from
 * 2015 as `a b`); `0.4.0` is the Python 3 bot of December 2020 on (`Meeting started at 16:00:22
 * UTC.`, commands listed `a, b`). They differ in how a closed vote enters the minutes, and 0.1.5
 * counts its own lines among the people present.
 */
export type Generation = '0.1.5' | '0.4.0';

// The reply may carry Limnoria's `nick: ` prefix (HCoop Meetbot's replies do).
const STARTED_RE = /^(?:[^\s:]{1,64}: )?Meeting started /;
const STARTED_AT_RE = /^Meeting started at \d/;
const STARTED_ON_RE = /^Meeting started [A-Z][a-z]{2} /;
const COMMANDS_RE = /^Available commands: (.*)$/;

/** The generation a bot's own line shows, or null when it shows none. */
export function generationShown(text: string): Generation | null {
  if (STARTED_AT_RE.test(text)) return '0.4.0';
  if (STARTED_ON_RE.test(text)) return '0.1.5';
  const listed = COMMANDS_RE.exec(text);
  if (!listed) return null;
  // 0.4.0 separates the commands with commas; 0.1.5 wrote `#a #b` (2010) or `a b` (2015 on).
  return listed[1]!.includes(',') ? '0.4.0' : '0.1.5';
}

/**
 * Learns about the meeting's bot from a line said after `#startmeeting`: the author of the
 * "Meeting started" reply (other than the starter) is the bot, when no nick was given; the bot's
 * banner and command list tell which meetingology it was.
 */
export function learnBot(state: MeetingState, line: LogLine): void {
  if (line.kind !== 'message') return;
  const text = line.text;
  if (state.botNick === null) {
    if (line.nick === state.owner || !STARTED_RE.test(text)) return;
    state.botNick = line.nick;
  }
  if (line.nick !== state.botNick) return;
  const shown = generationShown(text);
  if (shown !== null) state.generation = shown;
}

import type { Meeting, MeetingLogLine } from '../../domain/meeting';
import { stripControls } from '../text/sanitize';

/** One line of MeetBot's raw log: `HH:MM:SS <nick> text`, or `HH:MM:SS * nick text` for `/me`. */
export function rawLogLine(line: MeetingLogLine): string {
  const nick = stripControls(line.nick);
  const text = stripControls(line.text);
  const time = stripControls(line.time);
  return line.kind === 'action' ? `${time} * ${nick} ${text}` : `${time} <${nick}> ${text}`;
}

/**
 * The `.log.txt`: the meeting's lines from `#startmeeting` to `#endmeeting`, joined by `\n`
 * with no newline at the end (MeetBot's replayable format).
 */
export function textLog(meeting: Meeting): string {
  return meeting.log.map(rawLogLine).join('\n');
}

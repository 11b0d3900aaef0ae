import type { Meeting, MeetingLogLine } from '../../domain/meeting';
import { meetingLog } from '../../meeting/meeting-log';
import { gapLogLine, walkLogWith, type LogWalker } from '../text/gap-notes';
import { isPlainTime, stripControls } from '../text/sanitize';
import { collect, type TextSink } from './chunks';

/** One line of MeetBot's raw log: `HH:MM:SS <nick> text`, or `HH:MM:SS * nick text` for `/me`. */
export function rawLogLine(line: MeetingLogLine): string {
  const nick = stripControls(line.nick);
  const text = stripControls(line.text);
  const time = stripControls(line.time);
  return line.kind === 'action' ? `${time} * ${nick} ${text}` : `${time} <${nick}> ${text}`;
}

/**
 * The `.log.txt` (see {@link textLog}) as a {@link LogWalker} writing into `out`: each line as
 * {@link rawLogLine} writes it, with the nicks' cleaned forms remembered, since a log repeats a
 * few nicks many times, and each gap where it fell ({@link gapLogLine}).
 */
export function textLogWalker(meeting: Meeting, out: TextSink): LogWalker {
  const says = new Map<string, string>();
  const does = new Map<string, string>();
  const log = meetingLog(meeting);
  let first = true;
  const write = (text: string) => {
    out(first ? text : `\n${text}`);
    first = false;
  };
  return {
    line(i) {
      const action = log.kind(i) === 'action';
      const said = log.nick(i);
      const byKind = action ? does : says;
      let nick = byKind.get(said);
      if (nick === undefined) {
        const clean = stripControls(said);
        nick = action ? ` * ${clean} ` : ` <${clean}> `;
        byKind.set(said, nick);
      }
      const stamp = log.time(i);
      const time = isPlainTime(stamp) ? stamp : stripControls(stamp);
      write(time + nick + stripControls(log.text(i)));
    },
    gap: (gap) => write(gapLogLine(gap)),
    end() {},
  };
}

/** Writes the `.log.txt` (see {@link textLog}) into `out`. */
export function writeTextLog(meeting: Meeting, out: TextSink): void {
  walkLogWith(meeting, [textLogWalker(meeting, out)]);
}

/**
 * The `.log.txt`: the meeting's lines from `#startmeeting` to `#endmeeting`, joined by `\n`
 * with no newline at the end (MeetBot's replayable format).
 */
export function textLog(meeting: Meeting): string {
  return collect((out) => writeTextLog(meeting, out));
}

import type { Meeting, MeetingGap } from '../../domain/meeting';
import { meetingLog } from '../../meeting/meeting-log';
import { stripControls } from './sanitize';

/**
 * The recorder's note for each stretch of the meeting it missed (`Gavel was not connected from
 * … to … UTC; …`), cleaned of control characters, in order. Empty for a meeting with no gap, so
 * a writer that adds nothing for an empty list writes such a meeting exactly as before.
 */
export function gapNotes(meeting: Meeting): string[] {
  return (meeting.gaps ?? []).map((gap) => stripControls(gap.text));
}

/** A gap as a MeetBot log line: `HH:MM:SS * Gavel was not connected …`, the bot's own voice. */
export function gapLogLine(gap: MeetingGap): string {
  return `${stripControls(gap.time)} * ${stripControls(gap.text)}`;
}

/**
 * Walks a meeting's log with its gaps where they fall: `line` for each log line (its index in
 * `meetingLog(meeting)`), `gap` for each gap before the log line it precedes (and after the last
 * line for gaps at the end).
 */
export function walkLog(
  meeting: Meeting,
  line: (index: number) => void,
  gap: (gap: MeetingGap) => void,
): void {
  const gaps = meeting.gaps ?? [];
  const log = meetingLog(meeting);
  let g = 0;
  for (let i = 0; i < log.length; i++) {
    const n = log.n(i);
    while (g < gaps.length && gaps[g]!.line <= n) gap(gaps[g++]!);
    line(i);
  }
  while (g < gaps.length) gap(gaps[g++]!);
}

/** A writer fed a meeting's log line by line, gaps where they fell (see {@link walkLogWith}). */
export interface LogWalker {
  /** Log line `index` of `meetingLog(meeting)`. */
  line(index: number): void;
  gap(gap: MeetingGap): void;
  /** After the last line and gap. */
  end(): void;
}

/**
 * {@link walkLog} feeding each of `walkers` in turn, then ending them: several files written
 * from the log in one pass over it.
 */
export function walkLogWith(meeting: Meeting, walkers: readonly LogWalker[]): void {
  const [only] = walkers;
  if (walkers.length === 1 && only) walkLog(meeting, only.line, only.gap);
  else {
    walkLog(
      meeting,
      (i) => {
        for (const w of walkers) w.line(i);
      },
      (gap) => {
        for (const w of walkers) w.gap(gap);
      },
    );
  }
  for (const w of walkers) w.end();
}

import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { commandFor } from '../../../../shared/meeting/command-table';
import { parseCommand } from '../../../../shared/meeting/parse';
import type { Dialect } from '../../../../shared/meeting/presets';

// Commands MeetBot takes only from a chair (everyone's #info, #action, #link and #idea count),
// with why a non-chair's one did nothing.
const TOPIC = 'only chairs can set the topic';
const DECISION = 'only chairs can record a decision';
const CHAIR_ONLY: Record<string, string> = {
  topic: TOPIC,
  subtopic: TOPIC,
  agreed: DECISION,
  agree: DECISION,
  accepted: DECISION,
  accept: DECISION,
  rejected: DECISION,
  reject: DECISION,
};

/** Why the meeting did nothing with a `#word` at the start of a line that no MeetBot knows. */
export const NOT_A_COMMAND = 'not a MeetBot command';

// The meeting bots whose commands Gavel's engine knows (a scribe log knows only #endmeeting).
const DIALECTS: readonly Dialect[] = ['classic', 'openstack', 'meetingology', 'hcoop'];

// `#word` alone or followed by a space: what reads as an attempt at a command. `#fedora-devel is
// down` or `#1 on the list` is talk, and gets no hint.
const COMMAND_SHAPE_RE = /^#[A-Za-z][A-Za-z0-9_]*(?:[ \t]|$)/;

/** The lines a meeting recorded something from, by seq. */
export function countedSeqs(meeting: MeetingView | null): ReadonlySet<number> {
  const seqs = new Set<number>();
  for (const topic of meeting?.topics ?? []) {
    if (topic.seq !== null) seqs.add(topic.seq);
    for (const item of topic.items) if (item.seq !== null) seqs.add(item.seq);
  }
  return seqs;
}

/**
 * Why the meeting ignored `line`, said during it, or null when the line counted or is no command:
 * a chair-only command said by someone who is not a chair (MeetBot drops those), or a `#word`
 * no meeting bot knows (`#frobnicate`). The window then draws the line as ordinary talk, with this
 * quiet hint, instead of marking it.
 */
export function ignoredWhy(
  line: TranscriptLine,
  meeting: MeetingView | null,
  counted: ReadonlySet<number>,
): string | null {
  if (!meeting || line.kind !== 'message' || line.channel !== meeting.channel) return null;
  if (line.at === null || line.at < meeting.startedAt) return null;
  if (meeting.endedAt !== null && line.at > meeting.endedAt) return null;
  const command = parseCommand(line.text, 'classic');
  if (!command || counted.has(line.seq) || command.name === 'startmeeting') return null;
  if (!DIALECTS.some((dialect) => commandFor(dialect, command.name))) {
    return COMMAND_SHAPE_RE.test(line.text) ? NOT_A_COMMAND : null;
  }
  const why = CHAIR_ONLY[command.name];
  if (!why) return null;
  const chair = meeting.chairs.some((c) => c.toLowerCase() === line.nick.toLowerCase());
  return chair ? null : why;
}

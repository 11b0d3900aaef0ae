import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { parseCommand } from '../../../../shared/meeting/parse';

// Commands MeetBot takes only from a chair (everyone's #info, #action, #link and #idea count).
const CHAIR_ONLY: Record<string, string> = {
  topic: '#topic',
  subtopic: '#subtopic',
  agreed: '#agreed',
  agree: '#agreed',
  accepted: '#accepted',
  accept: '#accepted',
  rejected: '#rejected',
  reject: '#rejected',
};

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
 * Why the meeting ignored `line`, a chair-only command said during it by someone who is not a
 * chair (MeetBot drops those), or null when the line counted or is no such command. The window
 * then draws the line as ordinary talk, with this quiet hint, instead of marking it.
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
  const name = command ? CHAIR_ONLY[command.name] : undefined;
  if (!name || counted.has(line.seq)) return null;
  const chair = meeting.chairs.some((c) => c.toLowerCase() === line.nick.toLowerCase());
  return chair ? null : `not recorded: only a chair’s ${name} counts`;
}

import type { TranscriptLine } from '../../../../shared/domain/line';
import { LIVE_WINDOW, liveProposals } from '../../../../shared/digest/live';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';

/** The one point a live hint offers: what to record, and the line it was said on. */
export interface Hint {
  /** `action:12`: the kind and the line it rests on. */
  key: string;
  type: 'action' | 'agreed';
  /** The words the item dialog is pre-filled with, owners named. */
  text: string;
  seq: number;
  nick: string;
  said: string;
}

// Items whose words count as a recorded decision.
const DECISIONS = new Set(['agreed', 'accepted', 'rejected']);

/** The words of every action and decision the meeting has recorded. */
export function recordedWords(meeting: MeetingView): string[] {
  return [
    ...meeting.actions.map((a) => a.text),
    ...meeting.topics.flatMap((t) =>
      t.items.filter((i) => DECISIONS.has(i.type)).map((i) => i.text),
    ),
  ];
}

/**
 * The hint for a live meeting: the newest action or decision said in its latest lines, after
 * line `afterSeq` (the last hint put away: nothing older comes back), that is not recorded; or
 * null. Only the last lines are read (lines from before the meeting began are not), so this
 * costs the same at line 10 and at line 100,000.
 */
export function hintFor(
  lines: readonly TranscriptLine[],
  meeting: MeetingView | null,
  afterSeq = 0,
): Hint | null {
  if (meeting?.status !== 'live') return null;
  const recent = lines
    .slice(-LIVE_WINDOW)
    .filter((l) => l.at === null || l.at >= meeting.startedAt);
  const chair = meeting.startedBy ?? meeting.chairs[0] ?? null;
  for (const p of liveProposals(recent, { chair, recorded: recordedWords(meeting) })) {
    const { seq } = recent[p.index]!;
    if (seq <= afterSeq) return null;
    return { key: `${p.type}:${seq}`, type: p.type, text: p.text, seq, nick: p.nick, said: p.said };
  }
  return null;
}

/** True when two hints offer the same thing. */
export const sameHint = (a: Hint | null, b: Hint | null): boolean =>
  a === b || (a !== null && b !== null && a.key === b.key && a.text === b.text);

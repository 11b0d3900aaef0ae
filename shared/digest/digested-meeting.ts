import type { AgendaItem, Participant } from '../domain/imported';
import type { LogLine } from '../domain/line';
import type { ItemType, Meeting, MeetingItem } from '../domain/meeting';
import type { Result } from '../ipc/result';
import { meetingFromLog, type MeetingOptions } from '../meeting';
import { groupTopics } from '../meeting/topics';
import { digest } from './digest';
import { plainLines } from './plain';
import type { Suggestion } from './types';

/** What the chair accepts without looking: suggestions at least this confident. */
export const ACCEPT_ABOVE = 0.5;

/** A digested meeting: its minutes made of accepted suggestions, and where each came from. */
export interface DigestedMeeting {
  meeting: Meeting;
  /** The suggestion behind each item of `meeting.items`. */
  sources: Map<MeetingItem, Suggestion>;
  /** For each suggestion, the index of its line among the lines given. */
  lineIndex: Map<Suggestion, number>;
  /** Every suggestion, accepted or not. */
  suggestions: Suggestion[];
}

const ITEM_TYPE: Record<Suggestion['type'], ItemType> = {
  topic: 'topic',
  action: 'action',
  agreed: 'agreed',
  info: 'info',
  link: 'link',
};

// A link item reads like MeetBot's: the URL first, then what was said around it.
function itemText(s: Suggestion): string {
  if (s.type === 'topic') return s.title ?? s.text;
  if (s.type !== 'link') return s.text;
  const url = /\b(?:https?|ftp):\/\/\S+/i.exec(s.text);
  if (!url || url.index === 0) return s.text;
  return `${url[0]} ${s.text.slice(0, url.index)}${s.text.slice(url.index + url[0].length)}`
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A meeting whose structure comes only from the digest: the lines are folded with every
 * meeting-bot command word removed (so no command runs and the meeting spans the whole log),
 * then its topics, items and actions are the suggestions at least `accept` confident.
 */
export function digestedMeeting(
  lines: readonly LogLine[],
  context: {
    options: MeetingOptions;
    agenda?: readonly AgendaItem[];
    participants?: readonly Participant[];
    accept?: number;
  },
): Result<DigestedMeeting> {
  const kept: number[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== 'heading') kept.push(i);
  });
  const plain = plainLines(kept.map((i) => lines[i]!));
  const folded = meetingFromLog(plain, { ...context.options, implicitStart: true });
  if (!folded.ok) return folded;
  const suggestions = digest({
    lines: plain,
    agenda: context.agenda,
    participants: context.participants,
  });
  // Meeting-log numbers: every message and /me action is logged, in order.
  const logNumber: number[] = [];
  let n = 0;
  for (const l of plain) {
    if (l.kind === 'message' || l.kind === 'action') n++;
    logNumber.push(Math.max(1, n));
  }
  const sources = new Map<MeetingItem, Suggestion>();
  const lineIndex = new Map<Suggestion, number>();
  const items: MeetingItem[] = [];
  for (const s of suggestions) {
    lineIndex.set(s, kept[s.line - 1]!);
    if (s.confidence < (context.accept ?? ACCEPT_ABOVE)) continue;
    const said = plain[s.line - 1]!;
    const item: MeetingItem = {
      type: ITEM_TYPE[s.type],
      nick: said.nick,
      text: itemText(s),
      time: said.time,
      at: said.at,
      line: logNumber[s.line - 1]!,
    };
    items.push(item);
    sources.set(item, s);
  }
  const actions = items
    .filter((i) => i.type === 'action')
    .map((i) => ({
      text: i.text,
      nick: i.nick,
      time: i.time,
      line: i.line,
      owners: sources.get(i)!.owners ?? [],
    }));
  const meeting: Meeting = {
    ...folded.value,
    items,
    topics: groupTopics(items),
    actions,
    votes: [],
  };
  return { ok: true, value: { meeting, sources, lineIndex, suggestions } };
}

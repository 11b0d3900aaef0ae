import type { LogLine } from '../domain/line';
import { findActions } from './actions';
import { findDecisions } from './decisions';
import { withoutCommand } from './plain';
import { overlap } from './similarity';
import type { Suggestion } from './types';
import { readTranscript } from './utterances';
import { contentStems, words } from './words';

/**
 * How many of the latest lines a live hint reads: room for a proposal and its run of +1s, or a
 * request and its "sure", and cheap enough to read again on every new line.
 */
export const LIVE_WINDOW = 40;

/** How sure the rules must be before the chair is interrupted, even quietly. */
export const LIVE_ABOVE = 0.5;

/** An action or decision said in the latest lines that the chair may want to record. */
export interface LiveProposal {
  type: 'action' | 'agreed';
  /** The words to record, owners named in them (`miconda will send the tarballs Monday`). */
  text: string;
  owners: string[];
  /** The line it rests on: its index in the lines given, who said it and what they said. */
  index: number;
  nick: string;
  said: string;
  confidence: number;
  reason: string;
}

/** What the live rules read besides the lines: who chairs, and what is already recorded. */
export interface LiveContext {
  chair?: string | null;
  /** The words of the actions and decisions recorded so far. */
  recorded: readonly string[];
}

// A suggestion repeats a record when most of its words are in it.
const SAME_AS_RECORDED = 0.5;

function isRecorded(s: Suggestion, said: string, recorded: readonly string[][]): boolean {
  const stems = contentStems(s.text);
  const line = contentStems(said);
  return recorded.some(
    (r) => overlap(stems, r) >= SAME_AS_RECORDED || overlap(line, r) >= SAME_AS_RECORDED,
  );
}

// An action's words with every owner named, so the minutes take them as owners.
function withOwners(text: string, owners: readonly string[]): string {
  const said = new Set(words(text));
  const missing = owners.filter((o) => !said.has(o.toLowerCase()));
  return missing.length ? `${missing.join(' ')}: ${text}` : text;
}

// The line a decision's words were proposed on (its support comes after), else the one it rests on.
function proposer(lines: readonly LogLine[], s: Suggestion): number {
  for (let i = s.line - 1; i >= Math.max(0, s.line - 12); i--) {
    if (lines[i]!.text.includes(s.text)) return i;
  }
  return s.line - 1;
}

/**
 * The actions and decisions the digest's rules find in `lines` (the latest lines of a live
 * meeting, at most {@link LIVE_WINDOW} of them read) that nothing recorded repeats, at least
 * {@link LIVE_ABOVE} confident, newest first. Command lines are the chair's records, not talk:
 * they are not read.
 */
export function liveProposals(lines: readonly LogLine[], context: LiveContext): LiveProposal[] {
  const recent = lines.slice(-LIVE_WINDOW);
  const talk = recent.map((l) =>
    withoutCommand(l.text) === l.text ? l : { ...l, kind: 'notice' as const },
  );
  const t = readTranscript({ lines: talk, chair: context.chair ?? null });
  const recorded = context.recorded.map(contentStems);
  const offset = lines.length - recent.length;
  const found: LiveProposal[] = [];
  for (const s of [...findActions(t), ...findDecisions(t)]) {
    if (s.confidence < LIVE_ABOVE) continue;
    const at = s.type === 'agreed' ? proposer(recent, s) : s.line - 1;
    const line = recent[at]!;
    if (isRecorded(s, line.text, recorded)) continue;
    found.push({
      type: s.type === 'agreed' ? 'agreed' : 'action',
      text: s.type === 'action' ? withOwners(s.text, s.owners ?? []) : s.text,
      owners: s.owners ?? [],
      index: offset + at,
      nick: line.nick,
      said: line.text,
      confidence: s.confidence,
      reason: s.reason,
    });
  }
  return found.sort((a, b) => b.index - a.index || b.confidence - a.confidence);
}

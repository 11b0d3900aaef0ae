import type { Suggestion } from './types';
import type { Transcript, Utterance } from './utterances';
import { overlap } from './similarity';

const EXPLICIT_RE =
  /\b(?:agreed|consensus|we(?: have)? decided|decision(?: is)?:|resolved|let'?s go with|we'?ll go with|we will go with|motion (?:carries|passes|passed|carried)|approved|vote result)\b/i;
const PROPOSAL_RE =
  /\b(?:propos(?:e|al|ed)|how about|shall we|should we|let'?s|i suggest|suggestion|any objections|objections\?|does (?:that|this) sound|is everyone ok|are we ok)\b/i;
const SUPPORT_RE =
  /^(?:\S+[:,]\s*)?(?:\+1|\+\+|agreed?|sounds good|ack|yes|yep|yup|fine( by me| with me)?|works for me|same|me too|ok|okay|sgtm|lgtm|\u{1F44D})(?:\W|$)/iu;
const OBJECT_RE = /^(?:\S+[:,]\s*)?(?:-1|no\b|nack|i object|disagree|not sure)/i;

// The supporters of line `i`: distinct nicks other than its speaker who say "+1", "agreed"…
// in the next few lines, before anyone objects; and where the run ends.
function supporters(t: Transcript, i: number): { nicks: Set<string>; last: number } {
  const nicks = new Set<string>();
  let last = i;
  const proposer = t.said[i]!.nick;
  for (let j = i + 1; j < Math.min(t.said.length, i + 9); j++) {
    const u = t.said[j]!;
    if (OBJECT_RE.test(u.text)) break;
    if (u.nick !== proposer && u.text.length < 60 && SUPPORT_RE.test(u.text)) {
      nicks.add(u.nick);
      last = j;
    }
  }
  return { nicks, last };
}

// A line said soon after `j` by the proposer that repeats the proposal: the recorded decision.
function restatement(t: Transcript, i: number, j: number): Utterance | null {
  const p = t.said[i]!;
  for (const u of t.said.slice(j + 1, j + 5)) {
    if (u.nick === p.nick && p.stems.length >= 3 && overlap(p.stems, u.stems) >= 0.7) return u;
  }
  return null;
}

function decision(u: Utterance, text: string, confidence: number, reason: string): Suggestion {
  return {
    type: 'agreed',
    text,
    line: u.pos,
    lines: [u.pos, u.pos],
    confidence: Math.min(1, confidence),
    reason,
  };
}

/**
 * Decisions: agreement after a proposal (two or more people saying "+1", "agreed"… after a line
 * that proposes something), and explicit statements ("agreed:", "consensus is", "let's go with",
 * "RESOLVED", a vote's result). A proposal restated right after its support is placed where it
 * was restated.
 */
export function findDecisions(t: Transcript): Suggestion[] {
  const found: Suggestion[] = [];
  const used = new Set<number>();
  t.said.forEach((u, i) => {
    if (used.has(i) || u.emote || (u.text.length < 40 && SUPPORT_RE.test(u.text))) return;
    const proposal = PROPOSAL_RE.test(u.text) || /#agreed|#action/i.test(u.text);
    const { nicks, last } = supporters(t, i);
    const needed = proposal ? 1 : 2;
    if (nicks.size >= needed && u.stems.length >= 2) {
      const again = restatement(t, i, last);
      const at = again ?? t.said[last]!;
      used.add(t.said.indexOf(at));
      const who = `${nicks.size} ${nicks.size === 1 ? 'person' : 'people'}`;
      found.push(
        decision(
          at,
          u.text.replace(/^(?:proposed|proposal)?\s*#?agreed\s*/i, ''),
          (proposal ? 0.5 : 0.35) + 0.1 * nicks.size,
          `+1 from ${who} after ${proposal ? 'a proposal' : 'a statement'}`,
        ),
      );
      return;
    }
    const explicit = EXPLICIT_RE.exec(u.text);
    // "the ideas have been agreed upon" reports an old decision; it does not make one.
    const reported = /\b(?:been|was|were)\s+(?:agreed|decided|approved)/i.test(u.text);
    if (explicit && !reported && u.stems.length >= 3 && !u.text.endsWith('?')) {
      const chair = u.nick === t.chair;
      found.push(
        decision(
          u,
          u.text,
          chair ? 0.6 : 0.45,
          `"${explicit[0]}" said${chair ? ' by the chair' : ''}`,
        ),
      );
    }
  });
  return found;
}

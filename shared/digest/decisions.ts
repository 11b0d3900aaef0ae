import type { Suggestion } from './types';
import { isChair, type Transcript, type Utterance } from './utterances';
import { nickOf } from './nick-words';
import { restatedDecisions } from './restated';
import { overlap } from './similarity';

const EXPLICIT_RE =
  /\b(?:agreed|(?:have|reached|is|there'?s|rough|general|by) consensus|consensus (?:is|on|that|to|was|reached)|we(?: have)? decided|decision(?: is)?:|resolved|let'?s go with|we'?ll go with|we will go with|motion (?:carries|passes|passed|carried)|approved|vote result)\b/i;
const PROPOSAL_RE =
  /\b(?:propos(?:e|al|ed)|how about|shall we|should we|let'?s|i suggest|suggestion|any objections|objections\?|does (?:that|this) sound|is everyone ok|are we ok)\b/i;
// Agreement with what was just said. "yes" and "ok" answer questions too, so they do not count.
const SUPPORT_RE =
  /^(?:\S+[:,]\s*)?(?:\+1|agreed?|sounds good|ack|fine (?:by|with) me|works for me|sgtm|lgtm|me too|same here|\u{1F44D})(?:\W|$)/iu;
const OBJECT_RE = /^(?:\S+[:,]\s*)?(?:-1|no\b|nack|i object|disagree|not sure)/i;
// How far support may trail the proposal, and how far apart two supporting lines may be.
const LOOK_BACK = 6;
const RUN_GAP = 3;

// "+1 Justin", "+1 to mahmoud's point", "+1 lots of gaming on that": support for a person's
// point in the discussion, not for a proposal. Bare support has at most one more word.
const BARE_REST_RE = /^[\s\W]*(?:\S+[\s\W]*)?$/u;
function isSupport(t: Transcript, u: Utterance): boolean {
  if (u.emote || u.text.length >= 60) return false;
  const m = SUPPORT_RE.exec(u.text);
  if (!m) return false;
  const rest = u.text.slice(m[0].length).replace(/\bfrom me\b|\bhere\b|\bagreed?\b/gi, '');
  const word = /\S+/.exec(rest)?.[0] ?? '';
  return BARE_REST_RE.test(rest) && !/^\W*(?:[Tt]o\b|\p{Lu})/u.test(rest) && !nickOf(t, word);
}

interface Run {
  first: number;
  last: number;
  nicks: Set<string>;
}

// Runs of supporting lines (others may talk in between), each ended by an objection or a gap.
function supportRuns(t: Transcript): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  t.said.forEach((u, i) => {
    if (run && (i - run.last > RUN_GAP || OBJECT_RE.test(u.text))) {
      runs.push(run);
      run = null;
    }
    if (!isSupport(t, u)) return;
    if (run) {
      run.last = i;
      run.nicks.add(u.nick);
    } else run = { first: i, last: i, nicks: new Set([u.nick]) };
  });
  if (run) runs.push(run);
  return runs;
}

// What a run supports: the nearest earlier line that proposes something, else the nearest line
// said by someone outside the run.
function supported(t: Transcript, run: Run): { at: number; proposal: boolean } | null {
  let plain: number | null = null;
  for (let i = run.first - 1; i >= Math.max(0, run.first - LOOK_BACK); i--) {
    const u = t.said[i]!;
    if (OBJECT_RE.test(u.text)) return null;
    if (isSupport(t, u) || u.emote || u.stems.length < 2) continue;
    if (PROPOSAL_RE.test(u.text) || /#agreed|#action/i.test(u.text))
      return { at: i, proposal: true };
    if (plain === null && !run.nicks.has(u.nick)) plain = i;
  }
  return plain === null ? null : { at: plain, proposal: false };
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

const OBJECTIONS_RE = /\bany objections?\b|\bobjections\?/i;

// How sure a run of support makes a decision. One +1 is one person's opinion, not yet the
// meeting's: it stays below the accept line unless the proposal asked for objections.
function support(proposal: boolean, people: number, asked: boolean): number {
  const base = proposal ? (people === 1 ? 0.45 : 0.5 + 0.1 * people) : 0.25 + 0.1 * people;
  return base + (asked ? 0.15 : 0);
}

/**
 * Decisions: agreement after a proposal (people saying "+1", "agreed", "sounds good" after a
 * line that proposes something — two or more when nothing was proposed in so many words), and
 * explicit statements ("agreed:", "consensus is", "let's go with", "RESOLVED", a vote's result).
 * A proposal restated right after its support is placed where it was restated.
 */
export function findDecisions(t: Transcript): Suggestion[] {
  const restated = restatedDecisions(t, (u) => isSupport(t, u));
  const found: Suggestion[] = [...restated.found];
  const within = (i: number) => restated.spans.some(([a, b]) => i >= a && i <= b);
  const taken = new Set<number>();
  for (const run of supportRuns(t)) {
    const target = supported(t, run);
    if (!target || (!target.proposal && run.nicks.size < 2)) continue;
    // Support for a proposal said again is counted where it was said again.
    if (within(target.at)) continue;
    const u = t.said[target.at]!;
    run.nicks.delete(u.nick);
    if (run.nicks.size === 0) continue;
    const again = restatement(t, target.at, run.last);
    const at = again ?? t.said[run.last]!;
    taken.add(target.at);
    if (again) taken.add(t.said.indexOf(again));
    // "… any objections?" met by support and no objection is the chair's lazy consensus.
    const asked = OBJECTIONS_RE.test(u.text);
    const who = `${run.nicks.size} ${run.nicks.size === 1 ? 'person' : 'people'}`;
    found.push(
      decision(
        at,
        u.text.replace(/^(?:(?:proposed|proposal)\s*[:-]?\s*)?(?:#?agreed\s*)?/i, ''),
        support(target.proposal, run.nicks.size, asked),
        `+1 from ${who} after ${target.proposal ? 'a proposal' : 'a statement'}${asked ? ' asking for objections' : ''}`,
      ),
    );
  }
  t.said.forEach((u, i) => {
    if (taken.has(i) || within(i) || isSupport(t, u) || u.emote) return;
    const explicit = EXPLICIT_RE.exec(u.text);
    // "the ideas have been agreed upon" reports an old decision; it does not make one.
    const reported = /\b(?:been|was|were)\s+(?:agreed|decided|approved)/i.test(u.text);
    // "proposed: agreed …" puts a decision to the meeting; the support that follows makes it.
    const proposed = /\bpropos/i.test(u.text);
    // "we just haven't all agreed", "rather than consensus": what is not (yet) decided.
    const denied = /\b(?:not|no|never|without|rather than)\b|n't\b/i.test(u.text);
    // "maleck13: agreed, …", "agreed, definitely": agreeing with someone's point.
    const answer = /^(?:\S+[:,]\s*)?agreed?\b/i.test(u.text);
    if (
      explicit &&
      !reported &&
      !proposed &&
      !denied &&
      !answer &&
      u.stems.length >= 3 &&
      !u.text.endsWith('?')
    ) {
      const chair = isChair(t, u.nick);
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
  return found.sort((a, b) => a.line - b.line);
}

import { overlap } from './similarity';
import type { Suggestion } from './types';
import { isChair, type Transcript, type Utterance } from './utterances';
import { personKey } from './scribe';

// How far apart a proposal and its restatement may be, in utterances.
const REACH = 40;
// How much the two wordings must share, both ways.
const SAME = 0.8;
// How soon after a restatement more support makes it a proposal put again.
const AFTER = 8;

// Wordings of very different lengths cannot share this much both ways: skip them cheaply.
const same = (a: Utterance, b: Utterance) =>
  Math.min(a.stems.length, b.stems.length) >= SAME * Math.max(a.stems.length, b.stems.length) &&
  overlap(a.stems, b.stems) >= SAME &&
  overlap(b.stems, a.stems) >= SAME;

/** The people (person keys) who supported between two utterances, the proposer left out. */
function supporters(
  t: Transcript,
  from: number,
  to: number,
  proposer: string,
  isSupport: (u: Utterance) => boolean,
): Set<string> {
  const who = new Set<string>();
  for (const u of t.said.slice(from + 1, to)) {
    if (isSupport(u) && personKey(u.nick) !== proposer) who.add(personKey(u.nick));
  }
  return who;
}

/**
 * Decisions recorded by saying the proposal again once it was supported: a statement of four
 * content words or more, said again in the same words (by its proposer or the chair) after two
 * or more people supported it, and not supported again after that (support after a restatement
 * makes it the proposal put again; the last one of the chain is what was decided). A W3C
 * `RESOLVED:` line and a chair's `#agreed` restating the proposal are this shape.
 * Returns the decisions and the span (utterance indices) each chain covers.
 */
export function restatedDecisions(
  t: Transcript,
  isSupport: (u: Utterance) => boolean,
): { found: Suggestion[]; spans: [number, number][] } {
  const found: Suggestion[] = [];
  const spans: [number, number][] = [];
  const inChain = new Set<number>();
  t.said.forEach((first, i) => {
    if (inChain.has(i) || first.stems.length < 4 || isSupport(first)) return;
    const chain = [i];
    for (let j = i + 1; j < Math.min(t.said.length, chain.at(-1)! + REACH); j++) {
      const u = t.said[j]!;
      const by = personKey(u.nick) === personKey(first.nick) || isChair(t, u.nick);
      if (by && same(first, u)) chain.push(j);
    }
    if (chain.length < 2) return;
    chain.forEach((k) => inChain.add(k));
    const proposer = personKey(first.nick);
    for (let c = 1; c < chain.length; c++) {
      const [prev, at] = [chain[c - 1]!, chain[c]!];
      const people = supporters(t, prev, at, proposer, isSupport);
      // Support for the proposal put again comes before anything new is said.
      let next = chain[c + 1] ?? Math.min(t.said.length, at + AFTER);
      for (let k = at + 1; k < next; k++) {
        const w = t.said[k]!;
        if (!isSupport(w) && w.stems.length >= 4) next = k;
      }
      if (people.size < 2 || supporters(t, at, next, proposer, isSupport).size >= 2) continue;
      const u = t.said[at]!;
      found.push({
        type: 'agreed',
        text: u.text,
        line: u.pos,
        lines: [t.said[i]!.pos, u.pos],
        confidence: Math.min(0.95, 0.55 + 0.05 * people.size),
        reason: `+1 from ${people.size} people, then the proposal said again`,
      });
    }
    spans.push([i, chain.at(-1)!]);
  });
  return { found, spans };
}

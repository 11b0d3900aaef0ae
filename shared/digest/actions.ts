import { addressee, nickOf, nicksIn } from './nick-words';
import { overlap } from './similarity';
import type { Suggestion } from './types';
import { isChair, type Transcript, type Utterance } from './utterances';
import { contentStems } from './words';

interface Found {
  owners: string[];
  text: string;
  confidence: number;
  reason: string;
}

const HEDGE_RE = /\b(?:try|maybe|probably|might|perhaps|hopefully|if i)\b/i;
// A promise that says when is a task; one that does not is often said in passing ("I'll do
// that as well", "will correct that in the minutes"), and chairs seldom record those.
const WHEN_RE =
  /\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|(?:this|next) week|by (?:the )?end|eod|asap)\b/i;
const LONG_TURN = 200;
const NEGATED_RE = /\b(?:not|never|won'?t|can'?t|cannot|don'?t)\b/i;
// Verbs after "I'll" that state a condition rather than promise work.
const STATE_VERB =
  /^(?:be|have|need|guess|think|see|say|admit|bet|wait|let|keep|stop|that|this|it|so|too|as|and|but)\b/i;
const SELF_RE =
  /\b(?:i'?ll|i will|i'm going to|i am going to|i can take|i can do|i will take)\s+(?:also\s+|then\s+|just\s+)?([a-z]+)(.*)$/i;
const WE_RE = /\b(?:we'?ll|we will|we are going to)\s+(?:also\s+)?([a-z]+)/i;
const ASSIGN_RE = /^@?([^\s:,]+)(?:\s*(?:,|and|&)\s*@?([^\s:,]+))?\s+to\s+([a-z]+)\b/i;
const REQUEST_RE = /^(?:(?:can|could|would|will) you|please|you (?:can|could|should))\b/i;
const ASK_INFO_RE =
  /^(?:can|could|would) you (?:tell|explain|remind|clarify|confirm|repeat|say)\b/i;
const YES_RE =
  /^(?:\S+[:,]\s*)?(?:yes|yep|yeah|sure|ok|okay|will do|can do|on it|i can|i will|i'll|np|no problem|done)\b/i;
// The chair's "#action" shape without the command: "shurley review PR 928", "jmrodri work with
// shurley to …" — a nick (or two) then a verb in its base form.
const DIRECT_RE = /^@?([^\s:,]+)(?:\s*(?:,|and|&)\s*@?([^\s:,]+))?\s+([a-z]+)\s+\S/;
// Words after a nick that make the line a statement about them, not a task for them: past
// forms, auxiliaries, a third person's -s, prepositions and pronouns.
const NOT_BASE_VERB =
  /^(?:[a-z]+ed|[a-z]+[^s]s|is|was|are|were|has|had|have|did|does|do|will|would|shall|should|can|could|may|might|must|to|and|or|but|said|wrote|made|got|took|sent|went|came|left|brought|thought|told|gave|found|saw|began|met|ran|spoke|heard|kept|held|meant|built|lost|won|knew|led|paid|sold|stood|taught|understood|felt|forgot|chose|thinks?|knows?|says|also|too|just|already|still|here|there|over|in|on|at|for|from|with|about|you|me|him|her|them|us|it|i|we|the|a|an|this|that)$/;
const PRONOUN = /^(?:you|me|him|her|them|us|it|this|that|the|a|an)$/i;
// The chair's task for a group: "Anyone in the vicinity … to go", "People who … , please place it".
const GROUP_RE =
  /^(?:anyone|anybody|everyone|everybody|someone|somebody|people|all|those)\b.*?\b(?:to|please)\s+([a-z]+)\b/i;
const NOTE_RE = /^(?:todo|action(?: item)?|ai)\s*[:-]\s*(.+)$/i;
const NICK_WILL_RE =
  /(?:^|\s)@?([A-Za-z_[\]\\`^{}|][\w[\]\\`^{}|-]*)\s+(?:will|shall|is going to)\s+([a-z]+)/;

function yesFrom(t: Transcript, from: number, nick: string): boolean {
  for (const u of t.said.slice(from + 1, from + 6)) {
    if (u.nick === nick) return YES_RE.test(u.text);
  }
  return false;
}

function assigned(t: Transcript, u: Utterance): Found | null {
  const m = ASSIGN_RE.exec(u.text);
  if (!m) return null;
  const first = nickOf(t, m[1]!);
  // "brobostigon, over to you" hands over the floor: "to" takes a verb, and a second name is a nick.
  if (!first || PRONOUN.test(m[3]!)) return null;
  const second = m[2] ? nickOf(t, m[2]) : null;
  if (m[2] && !second) return null;
  const owners = second ? [first, second] : [first];
  return {
    owners,
    text: u.text,
    confidence: 0.85,
    reason: `"${first} to ${m[3]}…" assigns a task`,
  };
}

function directed(t: Transcript, u: Utterance): Found | null {
  if (!isChair(t, u.nick)) return null;
  const m = DIRECT_RE.exec(u.text);
  if (!m || NOT_BASE_VERB.test(m[3]!)) return null;
  const first = nickOf(t, m[1]!);
  const second = m[2] ? nickOf(t, m[2]) : null;
  if (!first || (m[2] && !second)) return null;
  return {
    owners: second ? [first, second] : [first],
    text: u.text,
    confidence: 0.7,
    reason: `the chair names ${first} and what to do`,
  };
}

function grouped(t: Transcript, u: Utterance): Found | null {
  if (!isChair(t, u.nick) || /\?[!?]*$/.test(u.text)) return null;
  const m = GROUP_RE.exec(u.text);
  if (!m || PRONOUN.test(m[1]!) || NOT_BASE_VERB.test(m[1]!)) return null;
  return { owners: [], text: u.text, confidence: 0.6, reason: 'the chair gives a group a task' };
}

function noted(t: Transcript, u: Utterance): Found | null {
  const m = NOTE_RE.exec(u.text);
  if (!m) return null;
  const owners = nicksIn(t, m[1]!);
  return {
    owners: owners.length ? owners : [u.nick],
    text: m[1]!,
    confidence: 0.8,
    reason: 'marked as an action item',
  };
}

function requested(t: Transcript, u: Utterance, i: number): Found | null {
  const a = addressee(t, u.text);
  if (!a || a.nick === u.nick || !REQUEST_RE.test(a.rest) || ASK_INFO_RE.test(a.rest)) return null;
  const yes = yesFrom(t, i, a.nick);
  return {
    owners: [a.nick],
    text: `${a.nick}: ${a.rest}`,
    confidence: yes ? 0.75 : 0.45,
    reason: yes ? `asked of ${a.nick}, who said yes` : `asked of ${a.nick}`,
  };
}

function promised(t: Transcript, u: Utterance): Found | null {
  if (u.text.endsWith('?')) return null;
  const self = SELF_RE.exec(u.text);
  if (self && !STATE_VERB.test(self[1]!)) {
    const before = u.text.slice(0, self.index);
    if (NEGATED_RE.test(before + self[0].slice(0, 12))) return null;
    const hedged = HEDGE_RE.test(u.text);
    // A promise inside a long turn is said in passing, not handed out as a task.
    const passing = u.text.length > LONG_TURN ? 0.1 : 0;
    return {
      owners: [u.nick],
      text: `${u.nick} will ${self[1]}${self[2]}`.trim(),
      confidence: (hedged ? 0.4 : WHEN_RE.test(u.text) ? 0.55 : 0.45) - passing,
      reason: hedged
        ? `${u.nick} offers, with a hedge`
        : WHEN_RE.test(u.text)
          ? `${u.nick} commits to it, saying when`
          : `${u.nick} commits to it`,
    };
  }
  const named = NICK_WILL_RE.exec(u.text);
  const owner = named ? nickOf(t, named[1]!) : null;
  if (named && owner && !STATE_VERB.test(named[2]!) && !NEGATED_RE.test(u.text)) {
    return { owners: [owner], text: u.text, confidence: 0.55, reason: `says ${owner} will do it` };
  }
  const we = WE_RE.exec(u.text);
  if (we && !STATE_VERB.test(we[1]!) && !NEGATED_RE.test(u.text) && !HEDGE_RE.test(u.text)) {
    return {
      owners: [u.nick],
      text: u.text,
      confidence: 0.3,
      reason: `${u.nick} commits the group`,
    };
  }
  return null;
}

/**
 * Actions: who will do what, from the phrasing of each line ("X to <verb> …", "TODO:",
 * "X: can you …", "I'll …", "X will …"). Of several proposals for the same owners within a
 * few lines, only the most confident stays (a chair restating "X to …" after X offered).
 */
export function findActions(t: Transcript): Suggestion[] {
  const found: Suggestion[] = [];
  t.said.forEach((u, i) => {
    if (u.emote) return;
    const f =
      assigned(t, u) ??
      directed(t, u) ??
      grouped(t, u) ??
      noted(t, u) ??
      requested(t, u, i) ??
      promised(t, u);
    if (!f) return;
    found.push({
      type: 'action',
      text: f.text,
      owners: f.owners,
      line: u.pos,
      lines: [u.pos, u.pos],
      confidence: f.confidence,
      reason: f.reason,
    });
  });
  return keepStrongest(found, 12);
}

const sameOwners = (a: Suggestion, b: Suggestion) =>
  (a.owners ?? []).join(' ').toLowerCase() === (b.owners ?? []).join(' ').toLowerCase();

// A task's words besides its owners' names (which every wording of it repeats).
function taskStems(s: Suggestion): string[] {
  const owners = new Set((s.owners ?? []).flatMap((o) => contentStems(o)));
  return [...new Set(contentStems(s.text))].filter((w) => !owners.has(w));
}

// Two proposals are one task when the same people own it and its words mostly recur, both ways
// ("jmrodri close issue 104" is not "jmrodri assign bundle-lib issue 118 to a release").
function sameTask(a: Suggestion, b: Suggestion): boolean {
  if (!sameOwners(a, b)) return false;
  const [x, y] = [taskStems(a), taskStems(b)];
  return Math.min(overlap(x, y), overlap(y, x)) >= 0.5;
}

// Of proposals for one task within `span` lines of each other, keeps the most confident (the
// later one on a tie: the restatement); a weaker one next to another task of its owners goes too.
function keepStrongest(list: Suggestion[], span: number): Suggestion[] {
  return list.filter(
    (s) =>
      !list.some((o) => {
        if (o === s || Math.abs(o.line - s.line) > span) return false;
        if (sameTask(o, s))
          return o.confidence > s.confidence || (o.confidence === s.confidence && o.line > s.line);
        return (
          sameOwners(o, s) && o.confidence > s.confidence && Math.abs(o.line - s.line) <= span / 2
        );
      }),
  );
}

import { isChair, keepsRecord, type Transcript, type Utterance } from './utterances';
import { addressee, nickOf } from './nick-words';

// Phrases a chair uses to open a topic ("next topic: documentation", "moving on", "second:
// packaging", "let's start with …"). Groups: the words that may follow carry the title.
const STRONG_CUE_RE =
  /^(?:(?:ok(?:ay)?|so|alright|right|then|now|and)[,.\s]+)*(?:(?:the )?next topic|next item|new topic|last topic|first topic|moving on(?: to)?|move on to|let'?s move on(?: to)?|next up|on to|up next|now for|next(?! (?:week|month|year|time)\b)(?: (?:a bit )?about)?|let'?s (?:start|begin|continue) with|let'?s talk about|(?:first|second|third|fourth|fifth|sixth|last|finally)(?=\s*[:,-]))\b[\s:,.-]*(.*)$/i;
const TOPIC_WORD_RE = /\b(?:next topic|change the topic|new topic|topic is|topic:)/i;
const NUMBERED_RE = /^(?:-+\s*)?(?:\d{1,2}|[a-h])[./)]\s+(\S.*?)(?:\s*-+)?$/i;
const BULLET_RE = /^[*\u2022-]\s+(\S.*)$/;
// Names meetings give their standing sections.
const STANDING_RE =
  /^(?:roll ?call|attendance|news|agenda|(?:open|general) discussion|discussion|(?:bugs?|issues?)(?:\s*[/&]\s*(?:bugs?|issues?))?(?: triage)?|triage|features?(?: requests?)?|introductions?|announcements?|open floor|aob|any other business|other business|housekeeping|follow[- ]ups?|action items?(?: review)?|review (?:of )?(?:the )?(?:previous |last |old )?action(?:s| items)|old business|new business|status|updates?|wrap[- ]up|misc(?:ellaneous)?|q&a|questions)\s*[.:!]?$/i;
const CHATTY_RE =
  /^(?:ok|okay|yes|yeah|yep|no|nope|hi|hello|hey|thanks|thank you|lol|heh|ha|sure|right|cool|nice|great|welcome|morning|evening|o\/|\\o|bye|indeed|agreed|exactly|hm+|ah|oh|well|\+1|-1)\b/i;
// A heading names a subject; a copula, an auxiliary or a discourse opener makes a statement
// ("Work, money and stuff are in the way", "Looks to be the one", "So to Banbury").
const STATEMENT_RE =
  /\b(?:is|are|was|were|be|been|has|have|had|does|did|can|will|would|should|looks|seems)\b|^(?:so|and|but|then|also)\b/i;
const PERSONAL_RE =
  /\b(?:i|i'm|i'll|i've|me|my|you|your|we|we're|we'll|us|our|it's|that's|let's|lets|thanks|just|actually|wanted)\b/i;

/** The reason given for a topic opened by a heading-like line. */
export const HEADING_LIKE = 'a heading-like line by the chair';

/** What a line says about opening a topic: a cue's strength in [0, 1] and the title it names. */
export interface Cue {
  strength: number;
  title: string | null;
  why: string;
}

/** A numbered or bulleted line (`1/ Last week's stats`, `* packaging`): its text, or null. */
export function listEntry(text: string): string | null {
  const m = NUMBERED_RE.exec(text.trim()) ?? BULLET_RE.exec(text.trim());
  return m ? m[1]!.replace(/\s*-+$/, '').trim() : null;
}

/** True when a line reads like a heading: short, no chat, no pronouns, not a question. */
export function headingLike(t: Transcript, u: Utterance): boolean {
  const text = u.text.trim();
  const n = text.split(/\s+/).length;
  if (n > 8 || u.stems.length === 0 || u.emote) return false;
  if (/[?!]$/.test(text) || /:\)|:-\)|;\)|:P|:D|\+\+$/.test(text)) return false;
  if (CHATTY_RE.test(text) || PERSONAL_RE.test(text) || STATEMENT_RE.test(text)) return false;
  // Two sentences ("Short meeting today. Thanks …"), a sentence's full stop, or code.
  if (/[.!]\s+\S/.test(text) || (n >= 3 && /\.$/.test(text)) || /:=|[{};]|\w\(/.test(text))
    return false;
  // "maleck13 to investigate …", "shurley review PR 928": a nick then a word is a line about
  // someone, no heading ("Daubers - Support Guidelines", who presents what, still is one).
  const [first, next] = text.split(/\s+/);
  if (addressee(t, text) || (nickOf(t, first!) && /^[a-z]/.test(next ?? ''))) return false;
  // "that build on top of bundle-lib", "to the -uk list": the rest of a sentence.
  if (
    /^(?:that|which|who|whose|because|if|when|where|while|though|although|of|to|with|or|nor)\b/i.test(
      text,
    )
  )
    return false;
  // "proposal: …", "Board: …" label a statement; a heading has no label.
  if (/^\S+:\s/.test(text)) return false;
  // A line with a link in it points somewhere; it names no subject.
  return !/^(?:www\.|[.!]\w)|https?:\/\//i.test(text);
}

/** The cue line `u` gives for a topic starting on it, or null. */
export function cueOf(t: Transcript, u: Utterance): Cue | null {
  // Words a scribe carries on from an earlier line are the middle of someone's turn.
  if (u.scribed === 'continued') return null;
  const text = u.text.trim();
  const strong = STRONG_CUE_RE.exec(text);
  // A question ("next?") asks rather than opens, unless it names the topic ("last topic -- any …?").
  if (strong && (!text.endsWith('?') || /\btopic\b/i.test(text))) {
    const rest = strong[1]!.replace(/\s*(?:\.\.\.|…)\s*$/, '').trim();
    // "let's talk about that more" refers back: it opens nothing.
    if (/^(?:that|this|it|them|those|these)\b/i.test(rest)) return null;
    // "moving on to the next issue", "next one": the next point of the same topic.
    if (/^(?:the )?next (?:issue|one|bug|pr|pull request|question|proposal|point)\b/i.test(rest))
      return null;
    const short = rest.split(/\s+/).length <= 8;
    // "first: I can't reproduce this…": an ordinal before a statement orders points, not topics.
    const cue = text.slice(0, text.length - strong[1]!.length);
    const ordinal = /(?:^|\s)(?:first|second|third|fourth|fifth|sixth|last|finally)\W*$/i.test(cue);
    if (ordinal && (!short || PERSONAL_RE.test(rest) || STATEMENT_RE.test(rest))) return null;
    // A bare "ok, next" / "let's move on" may move to the next point as well as the next topic.
    return {
      strength: rest ? 0.8 : 0.5,
      title: rest && short ? rest : null,
      why: 'a cue phrase opens it',
    };
  }
  if (TOPIC_WORD_RE.test(text)) {
    // "Topic: Authorization Proposals" (a scribe's word left in) names it.
    const named = /^topic\s*:\s*(\S.*)$/i.exec(text)?.[1] ?? null;
    return { strength: 0.6, title: named, why: 'says the topic changes' };
  }
  if (STANDING_RE.test(text) && !u.emote) {
    return { strength: 0.8, title: text.replace(/[.:!]$/, ''), why: 'a standing section name' };
  }
  const entry = listEntry(text);
  if (entry && isChair(t, u.nick)) {
    return { strength: 0.7, title: entry, why: 'a numbered item said by the chair' };
  }
  // A scribe writes what people say as theirs: a bare heading of the chair's or scribe's own
  // stands out there more than in a log of talk.
  if (u.scribed !== 'named' && keepsRecord(t, u.nick) && headingLike(t, u)) {
    return { strength: t.scribed ? 0.7 : 0.5, title: text, why: HEADING_LIKE };
  }
  return null;
}

import type { AgendaItem } from '../domain/imported';
import { agendaEntry, alignAgenda, type AgendaEntry } from './agenda-align';
import { cohesionDepths } from './cohesion';
import { cueOf, HEADING_LIKE, type Cue } from './cues';
import { spokenAgenda } from './spoken-agenda';
import { derivedTitle } from './titles';
import type { Suggestion } from './types';
import { isChair, type Transcript, type Utterance } from './utterances';

// Utterances closer than this are one topic start at most.
const MIN_GAP = 3;
const PAUSE_S = 120;
const CLOSING_RE =
  /\b(?:anything else|any(?:thing| other) (?:more|questions?)|that'?s (?:it|all) for|done with (?:this|that)|to finish this|let'?s continue on|topic done|moving on)\b/i;

/** The leaves of an agenda: what is discussed (group labels with items are not). */
function leaves(items: readonly AgendaItem[]): string[] {
  return items.flatMap((i) => (i.items.length ? leaves(i.items) : [i.title]));
}

function idfOf(said: readonly Utterance[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const u of said) for (const s of new Set(u.stems)) df.set(s, (df.get(s) ?? 0) + 1);
  return (s) => Math.log(1 + said.length / (1 + (df.get(s) ?? 0)));
}

interface Start {
  at: number;
  score: number;
  title: string;
  reason: string;
}

function boundaryScores(t: Transcript, cues: (Cue | null)[]): number[] {
  const depth = cohesionDepths(t.said);
  return t.said.map((u, i) => {
    let score = (cues[i]?.strength ?? 0) + 0.25 * depth[i]!;
    // A heading is followed by talk about it: its words come back in the next lines.
    // A heading-like line counts only when capitalised like a title ("Discourse move").
    const titled = cues[i]?.why !== HEADING_LIKE || /^\p{Lu}/u.test(u.text);
    if (cues[i] && titled && u.stems.length) {
      const ahead = new Set(t.said.slice(i + 1, i + 11).flatMap((a) => a.stems));
      score += 0.3 * (u.stems.filter((s) => ahead.has(s)).length / u.stems.length);
    }
    const prev = t.said[i - 1];
    if (
      prev &&
      u.seconds !== null &&
      prev.seconds !== null &&
      u.seconds - prev.seconds >= PAUSE_S
    ) {
      score += 0.15;
    }
    if (t.said.slice(Math.max(0, i - 3), i).some((p) => CLOSING_RE.test(p.text))) score += 0.15;
    return score;
  });
}

// A heading-like line the chair follows on the next line with a bare link labels that link (MeetBot's
// "#info SouthEast LinuxFest", "#link http://…" said without the commands): no topic.
// In a scribed call the chair pastes the link of what a heading opens (an issue, a pull request).
function labelsLink(t: Transcript, i: number): boolean {
  if (t.scribed) return false;
  const [u, next] = [t.said[i]!, t.said[i + 1]];
  return next?.nick === u.nick && /^<?https?:\/\/\S+>?$/i.test(next.text.trim());
}

// Keeps the best start of each neighbourhood.
function suppress(starts: Start[]): Start[] {
  return starts.filter(
    (s) =>
      !starts.some(
        (o) =>
          o !== s &&
          Math.abs(o.at - s.at) < MIN_GAP &&
          (o.score > s.score || (o.score === s.score && o.at < s.at)),
      ),
  );
}

function toSuggestion(t: Transcript, s: Start, end: number): Suggestion {
  const u = t.said[s.at]!;
  return {
    type: 'topic',
    text: s.title,
    title: s.title,
    line: u.pos,
    lines: [u.pos, t.said[Math.max(s.at, end - 1)]!.pos],
    confidence: Math.round(Math.min(0.95, Math.max(0.05, s.score)) * 100) / 100,
    reason: s.reason,
  };
}

/**
 * Topic starts. With an agenda (given, or read out in the channel), its entries are placed on
 * the transcript in order; elsewhere, and without one, a topic starts where a cue phrase, a
 * standing section name or a heading-like line by the chair meets a dip in lexical cohesion, a
 * pause or the close of the previous discussion.
 */
export function findTopics(t: Transcript, agenda: readonly AgendaItem[]): Suggestion[] {
  const said = t.said;
  const cues = said.map((u) => cueOf(t, u));
  const scores = boundaryScores(t, cues);
  const spoken = agenda.length ? null : spokenAgenda(t);
  const titles = agenda.length ? leaves(agenda) : (spoken?.titles ?? []);
  const listing = spoken?.listing ?? new Set<number>();
  const from = listing.size ? Math.max(...listing) + 1 : 0;
  const starts: Start[] = [];
  if (titles.length) {
    const entries: AgendaEntry[] = titles.map(agendaEntry);
    // A topic is opened by a cue, and more often by whoever leads the meeting.
    const bonus = said.map(
      (u, i) => 0.5 * Math.min(1, scores[i]!) + (isChair(t, u.nick) ? 0.15 : 0),
    );
    for (const p of alignAgenda(entries, said, bonus, idfOf(said), from)) {
      starts.push({
        at: p.at,
        score: 0.5 + p.fit / 3,
        title: entries[p.entry]!.title,
        reason: `agenda item ${p.entry + 1} is taken up here`,
      });
    }
  }
  const threshold = titles.length ? 0.75 : 0.6;
  said.forEach((_, i) => {
    if (listing.has(i) || scores[i]! < threshold) return;
    if (starts.some((s) => Math.abs(s.at - i) < MIN_GAP && s.reason.startsWith('agenda'))) return;
    const cue = cues[i];
    if (cue?.why === HEADING_LIKE && labelsLink(t, i)) return;
    starts.push({
      at: i,
      score: scores[i]!,
      title: cue?.title ?? derivedTitle(said, i),
      reason: cue?.why ?? 'the vocabulary changes here',
    });
  });
  const kept = suppress(starts).sort((a, b) => a.at - b.at);
  return kept.map((s, k) => toSuggestion(t, s, kept[k + 1]?.at ?? said.length));
}

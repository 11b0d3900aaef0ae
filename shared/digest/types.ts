import type { AgendaItem, Participant } from '../domain/imported';
import type { LogLine } from '../domain/line';

/** What a suggestion proposes: a topic start, an action, a decision, a link or an info. */
export type SuggestionType = 'topic' | 'action' | 'agreed' | 'info' | 'link';

/**
 * One point the digest proposes for the minutes. `line` is the 1-based position, in the lines
 * given to {@link DigestInput}, of the line the point was made on; `lines` the span it rests on
 * (both ends included). `confidence` is in [0, 1]; `reason` says in a few words why.
 */
export interface Suggestion {
  type: SuggestionType;
  text: string;
  /** A topic's title (the agenda item's, or one derived from its lines). */
  title?: string;
  /** An action's owners, as nicks. */
  owners?: string[];
  line: number;
  lines: [number, number];
  confidence: number;
  reason: string;
}

/** What the digest reads: a transcript from any importer, and what is known around it. */
export interface DigestInput {
  lines: readonly LogLine[];
  /** The meeting's agenda; topics are aligned with its items when given. */
  agenda?: readonly AgendaItem[];
  /** People listed on the meeting page; their nicks may own actions. */
  participants?: readonly Participant[];
  /** Who leads the meeting, when known (otherwise the first person to speak is taken). */
  chair?: string | null;
}

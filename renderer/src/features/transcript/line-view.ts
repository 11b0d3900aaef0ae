import type { LineKind, TranscriptLine } from '../../../../shared/domain/line';
import { plainText } from '../../../../shared/irc/plain-text';
import { clockTimeSeconds } from '../../time/format-time';

/** Formatting removed, as everywhere IRC text is shown plainly. */
export { plainText };

/**
 * The line's time: from its instant, in the chair's time zone and as the user's locale writes a
 * time (`15:05:07`, `3:05:07 PM`), when known; else as logged.
 */
export function lineTime(line: Pick<TranscriptLine, 'at' | 'time'>, locale?: string): string {
  return line.at === null ? line.time : clockTimeSeconds(line.at, locale);
}

/** How a line reads: said lines show nick and text; events read as a sentence about the nick. */
export type LineTone = 'message' | 'action' | 'notice' | 'event' | 'heading';

/** A line ready for display: everything here is plain text. */
export interface LineView {
  time: string;
  tone: LineTone;
  nick: string;
  /** What follows the nick (for events, the rest of the sentence). */
  text: string;
}

const EVENT_TEXT: Partial<Record<LineKind, (text: string) => string>> = {
  join: () => 'joined',
  part: (text) => (text ? `left (${text})` : 'left'),
  quit: (text) => (text ? `quit (${text})` : 'quit'),
  nick: (text) => `is now known as ${text}`,
  kick: (text) => `kicked ${text}`,
  topic: (text) => `set the topic: ${text}`,
  mode: (text) => `set mode ${text}`,
};

/** Turns a transcript line into what the row shows, formatting codes removed. */
export function viewLine(line: TranscriptLine): LineView {
  const time = lineTime(line);
  const nick = plainText(line.nick);
  const text = plainText(line.text);
  if (line.kind === 'message' || line.kind === 'action' || line.kind === 'notice') {
    return { time, tone: line.kind, nick, text };
  }
  if (line.kind === 'heading') return { time, tone: 'heading', nick: '', text };
  const sentence = EVENT_TEXT[line.kind];
  if (sentence && nick) return { time, tone: 'event', nick, text: sentence(text) };
  if (line.kind === 'gap' && !text)
    return {
      time,
      tone: 'event',
      nick: '',
      text: 'Gavel was not connected here; lines may be missing.',
    };
  return { time, tone: 'event', nick: '', text };
}

import { commandFor } from '../../../../shared/meeting/command-table';
import { isUrlLine, parseCommand } from '../../../../shared/meeting/parse';

/**
 * What a line does for the minutes, for highlighting: a `topic` change, a `decision`
 * (agreed/accepted/rejected), an `action`, a `link` (`#link`, or a line starting with a URL),
 * another meeting `command`, or nothing.
 */
export type LineMark = 'topic' | 'decision' | 'action' | 'link' | 'command' | null;

const DECISIONS = new Set(['agreed', 'agree', 'accepted', 'accept', 'rejected', 'reject']);
const TOPICS = new Set(['topic', 'subtopic', 'progress', 'startmeeting', 'endmeeting']);

/**
 * Classifies a said line with the engine's own parser: a command only at the very start of the
 * line (classic MeetBot), and only one some MeetBot dialect knows; `#hashtag` talk is talk.
 */
export function lineMark(text: string): LineMark {
  const command = parseCommand(text, 'classic');
  if (command) {
    const { name } = command;
    if (TOPICS.has(name)) return 'topic';
    if (DECISIONS.has(name)) return 'decision';
    if (name === 'action') return 'action';
    if (name === 'link') return 'link';
    if (commandFor('meetingology', name) || commandFor('openstack', name)) return 'command';
  }
  return isUrlLine(text) ? 'link' : null;
}

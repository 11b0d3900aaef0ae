import type { Meeting, MeetingItem } from '../../domain/meeting';
import { moinText } from './moin-escape';

/** meetingology's `%H:%M` stamp from a log time (`13:05:40` → `13:05`); '' when there is none. */
export function hhmm(time: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : '';
}

/** `== Name ==` followed by meetingology's empty line. */
export function moinHeading(name: string): string {
  return `== ${name} ==\n`;
}

function said(item: MeetingItem): string {
  return `  (${moinText(item.nick, 'name')}, ${hhmm(item.time)})`;
}

/** One item as meetingology 0.4.0's `items.py` writes it for Moin (without the list bullet). */
function itemText(item: MeetingItem): string {
  switch (item.type) {
    case 'topic':
      return `=== ${moinText(item.text, 'heading')} ===\n\nDiscussion started by ${moinText(item.nick, 'name')} at ${hhmm(item.time)}.\n`;
    case 'subtopic':
    case 'progress':
      return `'''${moinText(item.text)}'''${said(item)}`;
    case 'info':
      return `${moinText(item.text)}${said(item)}`;
    case 'link': {
      // Link.__init__: the first word is the URL, the rest (right-stripped) follows one space.
      const space = `${item.text} `.indexOf(' ');
      const url = item.text.slice(0, space);
      const rest = item.text.slice(space + 1).trimEnd();
      return `''LINK:'' ${moinText(url)} ${moinText(rest)}${said(item)}`;
    }
    default:
      return `''${item.type.toUpperCase()}:'' ${moinText(item.text)}${said(item)}`;
  }
}

/**
 * `== Meeting summary ==`: each topic as `=== topic ===` with who started it and when, its items
 * as ` * ''ACTION:'' text  (nick, HH:MM)`, a subtopic as ` * '''subtopic'''` with the items that
 * follow it one level deeper (writers.Moin.meetingItems).
 */
export function moinSummary(meeting: Meeting): string {
  const out = [moinHeading('Meeting summary')];
  let haveTopic = false;
  let haveSubtopic = false;
  for (const item of meeting.items) {
    let line = itemText(item);
    if (item.type === 'topic') {
      haveSubtopic = false;
      if (haveTopic) out.push('');
      haveTopic = true;
    } else if (item.type === 'subtopic' || item.type === 'progress') {
      line = ` * ${line}`;
      haveSubtopic = true;
    } else {
      haveTopic = true;
      line = `${haveSubtopic ? '  * ' : ' * '}${line}`;
    }
    out.push(line);
  }
  return out.join('\n');
}

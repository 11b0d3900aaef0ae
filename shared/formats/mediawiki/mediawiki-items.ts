import type { Meeting, MeetingItem } from '../../domain/meeting';
import { linkParts } from '../meetbot/links';
import { mwText } from './mediawiki-escape';

/** `== Name ==` and the empty line MeetBot's `heading()` leaves after it. */
export function mwHeading(name: string): string {
  return `== ${name} ==\n`;
}

function said(item: MeetingItem): string {
  return `  (${mwText(item.nick)}, ${mwText(item.time)})`;
}

/** One item as MeetBot 0.1.4's `mw_template`s write it (without the list bullets). */
function itemText(item: MeetingItem): string {
  switch (item.type) {
    case 'topic':
      return `'''${mwText(item.text)}'''${said(item)}`;
    case 'info':
      return `${mwText(item.text)}${said(item)}`;
    case 'link': {
      const { prefix, url, suffix } = linkParts(item.text, '2010', 'codepoints');
      return `''LINK:'' ${mwText(prefix + url + suffix)}${said(item)}`;
    }
    default:
      return `''${item.type.toUpperCase()}:'' ${mwText(item.text)}${said(item)}`;
  }
}

/**
 * `== Meeting summary ==`: `* '''topic'''  (nick, time)` for each topic with its items under it
 * as `** ''ACTION:'' text  (nick, time)`, an empty line before every topic but the first;
 * items before the first topic are `* …`.
 */
export function mwSummary(meeting: Meeting): string {
  const out = [mwHeading('Meeting summary')];
  let haveTopic = false;
  for (const item of meeting.items) {
    if (item.type === 'topic') {
      if (haveTopic) out.push('');
      haveTopic = true;
      out.push(`* ${itemText(item)}`);
    } else {
      out.push(`${haveTopic ? '**' : '*'} ${itemText(item)}`);
    }
  }
  return out.join('\n');
}

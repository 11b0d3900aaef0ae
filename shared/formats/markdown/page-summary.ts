import type { Action, Meeting, MeetingItem, Topic } from '../../domain/meeting';
import { mdInline, mdItem } from './markdown-escape';

/** `(nick, 15:03)`, or `(nick)` when the log has no times. */
function said(nick: string, time: string): string {
  return time ? `(${mdInline(nick)}, ${mdInline(time)})` : `(${mdInline(nick)})`;
}

function ownersNote(action: Action | undefined): string {
  if (!action) return '';
  const owners = action.owners.length > 0 ? action.owners.map(mdInline).join(', ') : 'unassigned';
  return ` — owners: ${owners}`;
}

function itemLine(item: MeetingItem, actions: ReadonlyMap<number, Action>): string {
  const owners = item.type === 'action' ? ownersNote(actions.get(item.line)) : '';
  return `**${item.type.toUpperCase()}:** ${mdInline(item.text)}${owners} ${said(item.nick, item.time)}`;
}

function topicBlock(topic: Topic, actions: ReadonlyMap<number, Action>): string[][] {
  const title = topic.title === null ? 'Before the first topic' : mdItem(topic.title);
  const blocks: string[][] = [[`### ${title}`]];
  if (topic.nick)
    blocks.push([
      `Started by ${mdInline(topic.nick)}${topic.time ? ` at ${mdInline(topic.time)}` : ''}.`,
    ]);
  const lines: string[] = [];
  let nested = false;
  for (const item of topic.items) {
    if (item.type === 'subtopic' || item.type === 'progress') {
      lines.push(`- **${mdItem(item.text)}** ${said(item.nick, item.time)}`);
      nested = true;
    } else {
      lines.push(`${nested ? '  ' : ''}- ${itemLine(item, actions)}`);
    }
  }
  blocks.push(lines.length > 0 ? lines : ['No items were recorded.']);
  return blocks;
}

/**
 * `## Meeting summary`: one `###` heading per topic with its items, each labelled with its type
 * (`**AGREED:**`), actions followed by their owners, and a subtopic's items nested under it.
 */
export function summarySection(meeting: Meeting): string[][] {
  const actions = new Map(meeting.actions.map((a) => [a.line, a]));
  const topics = meeting.topics.filter((t) => t.title !== null || t.items.length > 0);
  const blocks = topics.flatMap((t) => topicBlock(t, actions));
  return [['## Meeting summary'], ...(blocks.length > 0 ? blocks : [['No topics were recorded.']])];
}

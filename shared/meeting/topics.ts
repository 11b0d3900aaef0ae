import type { MeetingItem, Topic } from '../domain/meeting';

/** Groups the flat minutes under their `#topic`s; items before the first one get a null title. */
export function groupTopics(items: readonly MeetingItem[]): Topic[] {
  const topics: Topic[] = [];
  let current: Topic | null = null;
  for (const item of items) {
    if (item.type === 'topic') {
      current = { title: item.text, nick: item.nick, time: item.time, line: item.line, items: [] };
      topics.push(current);
      continue;
    }
    if (!current) {
      current = { title: null, nick: null, time: null, line: null, items: [] };
      topics.push(current);
    }
    current.items.push(item);
  }
  return topics;
}

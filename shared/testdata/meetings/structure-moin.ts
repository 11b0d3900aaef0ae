import { labelled } from '../../formats/importers/minutes-doc';
import { squash, type Structure } from './structure';

const DETAILS_RE = /\s+\(([^\s(),]+), \d\d:\d\d(?::\d\d)?\)$/;
const HEADING_RE = /^== (.*) ==$/;

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const m = HEADING_RE.exec(line);
    if (m) out.set(m[1]!, (current = []));
    else current.push(line);
  }
  return out;
}

/**
 * The structure meetingology's MoinMoin minutes of 2010 show. Two shapes are in use: topics as
 * ` * *title` with items `  *''LINK:'' url  (nick, time)` and subtopics `  *  *text`, or topics
 * as `* '''title'''  (nick, time)` with items `** ''LINK:'' …`. The minutes list actions but no
 * owners, so `actionsByOwner` is left out.
 */
export function structureOfMoin2010(text: string): Structure & { actions: string[] } {
  const parts = sections(text);
  const topics: Structure['topics'] = [];
  for (const line of parts.get('Meeting summary') ?? []) {
    const bold = /^\* '''(.*)'''\s+\(/.exec(line);
    const starred = /^ \* \*(.*)$/.exec(line);
    if (bold || starred) {
      topics.push({ title: squash((bold ?? starred)![1]!), items: [] });
      continue;
    }
    const details = DETAILS_RE.exec(line);
    if (!details || topics.length === 0) continue;
    const body = line.slice(0, details.index).replace(/^\s*\*+/, '');
    if (/^\s*\*/.test(body)) {
      topics[topics.length - 1]!.items.push(['subtopic', squash(body.replace(/^\s*\*/, ''))]);
      continue;
    }
    const item = labelled(body.trim().replace(/^''([A-Z]+):''/, '$1:'));
    topics[topics.length - 1]!.items.push([item.type, squash(item.text)]);
  }
  const votes: NonNullable<Structure['votes']> = [];
  for (const line of parts.get('Votes') ?? []) {
    const q = /^ \* (.*)$/.exec(line);
    const t = /^\s+For: (\d+) Against: (\d+) Abstained: (\d+)$/.exec(line);
    if (q) votes.push({ question: squash(q[1]!), for: 0, against: 0, abstained: 0 });
    else if (t && votes.length > 0) {
      Object.assign(votes[votes.length - 1]!, { for: +t[1]!, against: +t[2]!, abstained: +t[3]! });
    }
  }
  const actions = (parts.get('Action items') ?? [])
    .map((l) => /^ ?\* (.*)$/.exec(l)?.[1])
    .filter((a): a is string => a !== undefined && a !== '(none)')
    .map(squash);
  const people: Record<string, number> = {};
  for (const line of parts.get('People present (lines said)') ?? []) {
    const m = /^ ?\* (.+) \((\d+)\)$/.exec(line);
    if (m) people[m[1]!] = Number(m[2]);
  }
  return { topics, votes, people, actions };
}

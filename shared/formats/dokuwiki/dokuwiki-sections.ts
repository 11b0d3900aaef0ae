import type { AgendaItem, ImportedLog, Participant } from '../../domain/imported';
import type { Action, Meeting, MeetingItem, MeetingLogLine, Topic } from '../../domain/meeting';
import { actionsByPerson } from '../meetbot/by-person';
import { dwCodeText, dwHeading, dwInline, dwItem } from './dokuwiki-escape';

/** `===== Title =====` at a level (1 is the page title, six `=`). */
export const heading = (level: number, text: string): string => {
  const marks = '='.repeat(7 - level);
  return `${marks} ${dwHeading(text)} ${marks}`;
};

const bullet = (depth: number, text: string) => `${'  '.repeat(depth + 1)}* ${text}`;

/** `(nick, 15:03)`, or `(nick)` when the log has no times. */
function said(nick: string, time: string): string {
  return time ? `(${dwInline(nick)}, ${dwInline(time)})` : `(${dwInline(nick)})`;
}

/** `Participants`: the page's `Name (nick)` list when the source had one, else everyone present. */
export function participants(meeting: Meeting, imported: ImportedLog | undefined): string[][] {
  const listed: readonly Participant[] = imported?.participants ?? [];
  const rows =
    listed.length > 0
      ? listed.map((p) =>
          bullet(
            0,
            p.name && p.nick ? `${dwItem(p.name)} (${dwInline(p.nick)})` : dwItem(p.name || p.nick),
          ),
        )
      : meeting.people.map((p) => bullet(0, dwItem(p.nick)));
  return [[heading(2, 'Participants')], rows.length > 0 ? rows : [bullet(0, 'none recorded')]];
}

function agendaLine(item: AgendaItem, depth: number): string[] {
  const owners = item.owners.length > 0 ? `(${item.owners.map(dwInline).join(', ')}) ` : '';
  const timebox = item.timebox !== null ? ` (${item.timebox} min)` : '';
  return [
    bullet(depth, `${owners}${dwItem(item.title)}${timebox}`),
    ...item.items.flatMap((child) => agendaLine(child, depth + 1)),
  ];
}

/** `Agenda`: nested, owners as `(dcm)`, timeboxes as `(15 min)`; nothing when empty. */
export function agenda(imported: ImportedLog | undefined): string[][] {
  const items = imported?.agenda ?? [];
  if (items.length === 0) return [];
  return [[heading(2, 'Agenda')], items.flatMap((item) => agendaLine(item, 0))];
}

function itemLine(item: MeetingItem, actions: ReadonlyMap<number, Action>): string {
  const action = item.type === 'action' ? actions.get(item.line) : undefined;
  const owners = action
    ? ` - owners: ${action.owners.length > 0 ? action.owners.map(dwInline).join(', ') : 'unassigned'}`
    : '';
  return `**${item.type.toUpperCase()}:** ${dwInline(item.text)}${owners} ${said(item.nick, item.time)}`;
}

function topicBlock(topic: Topic, actions: ReadonlyMap<number, Action>): string[][] {
  const blocks: string[][] = [[heading(3, topic.title ?? 'Before the first topic')]];
  if (topic.nick) {
    const at = topic.time ? ` at ${dwInline(topic.time)}` : '';
    blocks.push([`Started by ${dwInline(topic.nick)}${at}.`]);
  }
  const lines: string[] = [];
  let nested = false;
  for (const item of topic.items) {
    if (item.type === 'subtopic' || item.type === 'progress') {
      lines.push(bullet(0, `**${dwItem(item.text)}** ${said(item.nick, item.time)}`));
      nested = true;
    } else lines.push(bullet(nested ? 1 : 0, itemLine(item, actions)));
  }
  blocks.push(lines.length > 0 ? lines : ['No items were recorded.']);
  return blocks;
}

/** `Meeting summary`: a heading per topic, its items labelled, actions with their owners. */
export function summary(meeting: Meeting): string[][] {
  const actions = new Map(meeting.actions.map((a) => [a.line, a]));
  const topics = meeting.topics.filter((t) => t.title !== null || t.items.length > 0);
  const blocks = topics.flatMap((t) => topicBlock(t, actions));
  return [
    [heading(2, 'Meeting summary')],
    ...(blocks.length > 0 ? blocks : [['No topics were recorded.']]),
  ];
}

/** `Action items, by person`, with each owner's name when the participants list has it. */
export function actionsByOwner(meeting: Meeting, listed: readonly Participant[]): string[][] {
  const { people, unassigned } = actionsByPerson(meeting);
  const rows: string[] = [];
  for (const person of people) {
    const known = listed.find((p) => p.nick.toLowerCase() === person.nick.toLowerCase() && p.name);
    rows.push(bullet(0, `**${dwItem(person.nick)}**${known ? ` (${dwInline(known.name)})` : ''}`));
    for (const a of person.actions) rows.push(bullet(1, dwItem(a.text)));
  }
  if (unassigned.length > 0) {
    rows.push(bullet(0, '**UNASSIGNED**'), ...unassigned.map((a) => bullet(1, dwItem(a.text))));
  }
  return [[heading(2, 'Action items, by person')], rows.length > 0 ? rows : [bullet(0, 'none')]];
}

/** `People present (lines said)`: `nick (N)`, most lines first. */
export function peoplePresent(meeting: Meeting): string[][] {
  const rows = meeting.people.map((p) => bullet(0, `${dwItem(p.nick)} (${p.lines})`));
  return [
    [heading(2, 'People present (lines said)')],
    rows.length > 0 ? rows : [bullet(0, 'none recorded')],
  ];
}

function codeBlock(lines: readonly MeetingLogLine[]): string[][] {
  if (lines.length === 0) return [];
  const text = lines.map((l) =>
    l.kind === 'action'
      ? `• ${dwCodeText(l.nick)} ${dwCodeText(l.text)}`
      : `${dwCodeText(l.nick)}: ${dwCodeText(l.text)}`,
  );
  return [['<code>', ...text, '</code>']];
}

/**
 * `Transcripts of Discussed Topics`: the log split at each topic, each part in a `<code>` block
 * (lines before the first topic first, without a heading).
 */
export function transcript(meeting: Meeting): string[][] {
  const topics = meeting.topics.filter((t): t is Topic & { title: string } => t.title !== null);
  const log = meeting.log;
  const starts = topics.map((t) => t.line);
  const part = (from: number, to: number) => log.filter((l) => l.n >= from && l.n < to);
  const stopAfter = (i: number, from: number): number => {
    let stop = Number.POSITIVE_INFINITY;
    for (let j = i + 1; j < starts.length; j++) {
      const line = starts[j];
      if (line != null && line >= from && line < stop) stop = line;
    }
    return stop;
  };
  const blocks: string[][] = [
    [heading(2, 'Transcripts of Discussed Topics')],
    ['This is the IRC discussion, split by topic.'],
    ...codeBlock(part(Number.NEGATIVE_INFINITY, stopAfter(-1, Number.NEGATIVE_INFINITY))),
  ];
  topics.forEach((topic, i) => {
    blocks.push([heading(3, topic.title)]);
    if (topic.line !== null) blocks.push(...codeBlock(part(topic.line, stopAfter(i, topic.line))));
  });
  return blocks;
}

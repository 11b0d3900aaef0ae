import type { AgendaItem, ImportedLog } from '../../domain/imported';
import type { Meeting } from '../../domain/meeting';
import { mdInline, mdItem } from './markdown-escape';

/**
 * `## Participants`: the page's `Name (nick)` list when the source had one, else everyone who was
 * present, by nick.
 */
export function participantsSection(
  meeting: Meeting,
  imported: ImportedLog | undefined,
): string[][] {
  const listed = imported?.participants ?? [];
  const rows =
    listed.length > 0
      ? listed.map((p) => {
          if (p.name && p.nick) return `- ${mdItem(p.name)} (${mdInline(p.nick)})`;
          return `- ${mdItem(p.name || p.nick)}`;
        })
      : meeting.people.map((p) => `- ${mdItem(p.nick)}`);
  return [['## Participants'], rows.length > 0 ? rows : ['- none recorded']];
}

function agendaLine(item: AgendaItem, depth: number): string[] {
  const owners = item.owners.length > 0 ? `(${item.owners.map(mdInline).join(', ')}) ` : '';
  const timebox = item.timebox !== null ? ` (${item.timebox} min)` : '';
  const line = `${'  '.repeat(depth)}- ${owners}${mdItem(item.title)}${timebox}`;
  return [line, ...item.items.flatMap((child) => agendaLine(child, depth + 1))];
}

/** `## Agenda`: the nested agenda with owners as `(dcm)` and timeboxes as `(15 min)`; none when empty. */
export function agendaSection(imported: ImportedLog | undefined): string[][] {
  const agenda = imported?.agenda ?? [];
  if (agenda.length === 0) return [];
  return [['## Agenda'], agenda.flatMap((item) => agendaLine(item, 0))];
}

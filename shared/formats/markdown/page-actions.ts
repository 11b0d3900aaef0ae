import type { Participant } from '../../domain/imported';
import type { Meeting } from '../../domain/meeting';
import { actionsByPerson } from '../meetbot/by-person';
import { mdInline, mdItem } from './markdown-escape';

function fullName(nick: string, participants: readonly Participant[]): string {
  const lower = nick.toLowerCase();
  const known = participants.find((p) => p.nick.toLowerCase() === lower && p.name);
  return known ? ` (${mdInline(known.name)})` : '';
}

/**
 * `## Action items, by person`: each owner (with their name when the participants list has it)
 * and their actions, then `UNASSIGNED` for actions that name nobody.
 */
export function actionsSection(meeting: Meeting, participants: readonly Participant[]): string[][] {
  const { people, unassigned } = actionsByPerson(meeting);
  const rows: string[] = [];
  for (const person of people) {
    rows.push(`- **${mdItem(person.nick)}**${fullName(person.nick, participants)}`);
    for (const a of person.actions) rows.push(`  - ${mdItem(a.text)}`);
  }
  if (unassigned.length > 0)
    rows.push('- **UNASSIGNED**', ...unassigned.map((a) => `  - ${mdItem(a.text)}`));
  return [['## Action items, by person'], rows.length > 0 ? rows : ['- none']];
}

/** `## People present (lines said)`: `nick (N)`, most lines first. */
export function peopleSection(meeting: Meeting): string[][] {
  const rows = meeting.people.map((p) => `- ${mdItem(p.nick)} (${p.lines})`);
  return [['## People present (lines said)'], rows.length > 0 ? rows : ['- none recorded']];
}

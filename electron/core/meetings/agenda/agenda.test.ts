import { describe, expect, it } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { agendaOrder, agendaState, matchAgendaTopics, nextEntry } from './agenda';

const node = (id: string, title: string, children: AgendaNode[] = []): AgendaNode => ({
  id,
  title,
  owners: [],
  timebox: null,
  children,
});
const agenda = [
  node('a', 'Intro'),
  node('b', 'Release', [node('b1', 'Notes'), node('b2', 'Date')]),
  node('c', 'AOB'),
];

describe('agenda order and topics', () => {
  it('walks the tree depth-first and finds the next entry not taken', () => {
    expect(agendaOrder(agenda).map((n) => n.id)).toEqual(['a', 'b', 'b1', 'b2', 'c']);
    expect(nextEntry(agenda, ['a', 'b'])?.id).toBe('b1');
    expect(nextEntry(agenda, ['a', 'b', 'b1', 'b2', 'c'])).toBeNull();
  });

  it('never takes a group as a topic: "next topic" goes to its first entry', () => {
    const grouped = [{ ...node('g', 'Kamailio related', [node('g1', 'Issues')]), group: true }];
    expect(nextEntry(grouped, [])?.id).toBe('g1');
    expect(matchAgendaTopics(['Kamailio related', 'Issues'], [], grouped)).toEqual([null, 'g1']);
  });

  it('matches topics to entries: first the entries the chair took, then by title, each once', () => {
    const taken = [{ agendaId: 'b2', title: 'Notes' }];
    expect(
      matchAgendaTopics([null, 'intro', 'Notes', 'Notes', 'Unplanned', 'aob '], taken, agenda),
    ).toEqual([null, 'a', 'b2', 'b1', null, 'c']);
  });

  it('reports the current entry only while the meeting is live, never also as done', () => {
    expect(agendaState('#m', agenda, ['a', null, 'b'], true)).toEqual({
      channel: '#m',
      items: agenda,
      currentId: 'b',
      doneIds: ['a'],
    });
    expect(agendaState('#m', agenda, ['a', 'b', null], true)).toMatchObject({
      currentId: null,
      doneIds: ['a', 'b'],
    });
    expect(agendaState('#m', agenda, ['a'], false).currentId).toBeNull();
  });
});
